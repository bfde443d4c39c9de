package nl.schoolboard.sexting.devissuer.demo;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /dev/users}: the demo users and their password, as JSON or (Accept: text/plain) as the table printed
 * at start-up. Development only, like everything in this issuer.
 */
@RestController
class DemoUsersController {

    record DemoUserView(String username, String password, String sub, String name, String board,
                        List<String> schools, List<String> roles) {
    }

    @GetMapping(path = "/dev/users", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DemoUserView> users() {
        return DemoBoard.USERS.stream()
                .map(user -> new DemoUserView(user.username(), DemoBoard.PASSWORD, user.subject(), user.name(),
                        user.board(), user.schools(), List.of(user.role().name())))
                .toList();
    }

    @GetMapping(path = "/dev/users", produces = MediaType.TEXT_PLAIN_VALUE)
    String table() {
        return DemoBoard.table();
    }
}
