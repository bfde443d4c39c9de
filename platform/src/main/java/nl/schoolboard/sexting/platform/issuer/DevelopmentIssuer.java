package nl.schoolboard.sexting.platform.issuer;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes the development issuer by its address, without calling it.
 *
 * <p>The development issuer runs on the loopback address ({@code ./run-local}: {@code http://localhost:9000}) or as
 * the compose service {@value #COMPOSE_HOST} (whose tokens still say {@code http://localhost:9000}, what the browser
 * sees). A board's real OIDC provider is never either: its issuer is the address every browser signs in at, which is
 * never this server's own loopback, and its keys are not fetched from this machine. So an issuer or key set address on
 * a loopback host ({@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code ::1}, or the unspecified
 * address) or on the host {@value #COMPOSE_HOST} is the development issuer.
 *
 * <p>Asking the issuer itself (a marker in its discovery document) would need the network at start, and the services
 * deliberately start while the issuer is still down; the address is known before anything runs.
 */
public final class DevelopmentIssuer {

    /** The service name of the development issuer in docker-compose.yml. */
    static final String COMPOSE_HOST = "dev-issuer";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private DevelopmentIssuer() {
    }

    /** Whether {@code address} (an issuer URI or a JWK set URI) points at the development issuer. */
    public static boolean isAt(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String host;
        try {
            host = URI.create(address.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false; // not a URI: Spring Security refuses it at start by itself
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals(COMPOSE_HOST)
                || isLoopbackLiteral(host);
    }

    /** Only address literals: a name is never looked up (no DNS at start, no answer that depends on the network). */
    private static boolean isLoopbackLiteral(String host) {
        if (!IPV4.matcher(host).matches() && !host.contains(":")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
