package nl.schoolboard.sexting.exampleservice.planning;

import nl.schoolboard.sexting.exampleservice.web.Endpoints;
import nl.schoolboard.sexting.otherservice.Neighbour;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import org.springframework.security.oauth2.jwt.Jwt;

/** A domain class of the example service that breaks the rules every service keeps, one each. */
public class Plan {

    StaffRole role;
    Endpoints webTypeBelowWeb;
    Neighbour anotherService;
    Jwt claimsParsedByItself;
}
