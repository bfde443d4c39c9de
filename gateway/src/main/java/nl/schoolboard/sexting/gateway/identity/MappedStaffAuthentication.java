package nl.schoolboard.sexting.gateway.identity;

import java.util.Arrays;
import java.util.List;

import nl.schoolboard.sexting.platform.identity.ClaimMapping;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.StaffIdentity;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.identity.UnknownActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.lang.NonNull;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * A verified token, read through the board's {@link ClaimMapping} (the same as the services'): the caller's roles here
 * become the authorities {@code ROLE_<StaffRole>}, which {@code /api/**} requires at least one of. So the edge refuses
 * what every service would refuse anyway, before it is routed: a token that does not say who, for which board, in
 * which role (401, as an invalid token), and a valid token of someone the board's mapping gives no role or no school
 * (403). Who may do what is still each service's to decide.
 */
record MappedStaffAuthentication(ClaimMapping claims) implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String[] STAFF_ROLES = Arrays.stream(StaffRole.values()).map(StaffRole::name).toArray(String[]::new);

    private static final Logger log = LoggerFactory.getLogger(MappedStaffAuthentication.class);

    @Override
    public Mono<AbstractAuthenticationToken> convert(@NonNull Jwt token) {
        List<GrantedAuthority> authorities;
        try {
            StaffIdentity caller = claims.identify(token.getClaims());
            authorities = caller.roles().stream()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                    .toList();
        } catch (UnknownActor unreadable) {
            return Mono.error(new InvalidBearerTokenException(unreadable.getMessage()));
        } catch (NotAllowedForRole noRoleHere) {
            // no names or values of the token: which of its claims did not map is for the board's administrator
            log.info("A valid token maps to no role here: {}", noRoleHere.getMessage());
            authorities = List.of();
        }
        return Mono.just(new JwtAuthenticationToken(token, authorities, token.getSubject()));
    }
}
