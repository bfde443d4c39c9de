package nl.schoolboard.sexting.caseservice.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The verification as a command, for an engineer or an auditor without the web application:
 * {@code java -jar case-service.jar --verify-audit=<board>} prints the result and exits, with status 0 when the
 * chain is intact and 3 when it is broken.
 */
@Component
record AuditVerifyCommand(ChainVerifier verifier, ConfigurableApplicationContext context) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        List<String> boards = args.getOptionValues("verify-audit");
        if (boards == null) {
            return;
        }
        boolean intact = true;
        for (String board : boards) {
            ChainVerification result = verifier.verify(board);
            intact &= result.intact();
            System.out.println(result.intact()
                    ? "audit trail of " + board + ": intact, " + result.entriesChecked() + " entries"
                    : "audit trail of " + board + ": BROKEN at entry " + result.firstBrokenLink().seq() + " ("
                            + result.firstBrokenLink().entryId() + "), " + result.firstBrokenLink().kind() + ": "
                            + result.firstBrokenLink().reason());
        }
        int status = intact ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
