package nl.schoolboard.sexting.platform.production;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.schoolboard.sexting.platform.issuer.DevelopmentIssuer;
import org.springframework.core.env.PropertyResolver;

/**
 * One setting a production run must give a value of its own: its property, what it is for, and the check of the value.
 * A refusal names the property and, for addresses only, the value; a secret's value is never repeated.
 *
 * @param property the property as it is documented (its environment variable follows Spring's relaxed binding)
 * @param purpose  what the setting is for, in a few words
 * @param check    the value's check: the refusal, or {@code null} when the value will do
 */
public record ProductionSetting(String property, String purpose, Check check) {

    /** Looks at the configuration and says what is wrong with it, or {@code null}. */
    @FunctionalInterface
    public interface Check {
        String refusal(PropertyResolver environment);
    }

    /** Domains reserved for examples and tests (RFC 2606, RFC 6761): never a real mailbox or site. */
    private static final List<String> EXAMPLE_DOMAINS = List.of("example", "example.com", "example.org",
            "example.net", "test", "invalid", "localhost");

    /** Hosts of the development stacks: the local machine, and the compose services that stand in for real ones. */
    private static final Set<String> DEVELOPMENT_HOSTS = Set.of("mailpit", "greenmail", "dev-issuer");

    /** The refusal of this setting in {@code environment}, or {@code null} when it will do. */
    public String refusal(PropertyResolver environment) {
        return check.refusal(environment);
    }

    /** Must be set; the value is a secret and is never shown. */
    public static ProductionSetting secret(String property, String purpose) {
        return new ProductionSetting(property, purpose,
                environment -> isBlank(environment.getProperty(property)) ? "is not set" : null);
    }

    /** At least one of {@code properties} must be set (a value or a file holding it). */
    public static ProductionSetting anyOf(String purpose, String... properties) {
        return new ProductionSetting(String.join(" or ", properties), purpose, environment -> {
            for (String property : properties) {
                if (!isBlank(environment.getProperty(property))) {
                    return null;
                }
            }
            return "none is set";
        });
    }

    /** Must be {@code true} in at least one of {@code properties}. */
    public static ProductionSetting switchedOn(String purpose, String... properties) {
        return new ProductionSetting(String.join(" or ", properties), purpose, environment -> {
            for (String property : properties) {
                if ("true".equalsIgnoreCase(strip(environment.getProperty(property)))) {
                    return null;
                }
            }
            return "is not true";
        });
    }

    /** An address (URL) or host name that must be set and must not be the local machine or a development stand-in. */
    public static ProductionSetting realAddress(String property, String purpose) {
        return new ProductionSetting(property, purpose, environment -> {
            String value = strip(environment.getProperty(property));
            if (isBlank(value)) {
                return "is not set";
            }
            String host = hostOf(value);
            if (host == null) {
                return "=" + value + " is not an address";
            }
            if (DevelopmentIssuer.isAt("http://" + hostForUri(host)) || DEVELOPMENT_HOSTS.contains(host)
                    || isExampleDomain(host)) {
                return "=" + value + " is the development or example address, not production's";
            }
            return null;
        });
    }

    /** Like {@link #realAddress}, and only over HTTPS: what a mail links to, what a browser opens. */
    public static ProductionSetting realHttpsAddress(String property, String purpose) {
        ProductionSetting address = realAddress(property, purpose);
        return new ProductionSetting(property, purpose, environment -> {
            String refusal = address.refusal(environment);
            if (refusal != null) {
                return refusal;
            }
            String value = strip(environment.getProperty(property));
            return value.toLowerCase(Locale.ROOT).startsWith("https://") ? null : "=" + value + " is not https";
        });
    }

    /** A mail address that must be set and must not be at an example domain. */
    public static ProductionSetting realMailAddress(String property, String purpose) {
        return new ProductionSetting(property, purpose, environment -> {
            String value = strip(environment.getProperty(property));
            if (isBlank(value)) {
                return "is not set";
            }
            int at = value.lastIndexOf('@');
            String domain = value.substring(at + 1).replace(">", "").toLowerCase(Locale.ROOT);
            return at < 0 || isExampleDomain(domain) ? "=" + value + " is an example address" : null;
        });
    }

    /** The host of a URL, or the value itself when it is a bare host name. */
    private static String hostOf(String value) {
        if (!value.contains("://")) {
            return value.toLowerCase(Locale.ROOT);
        }
        try {
            String host = URI.create(value).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean isExampleDomain(String host) {
        return EXAMPLE_DOMAINS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
