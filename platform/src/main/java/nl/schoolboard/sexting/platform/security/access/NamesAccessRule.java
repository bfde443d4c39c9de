package nl.schoolboard.sexting.platform.security.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's endpoint annotation as the one that names the endpoint's {@link AccessRule} in its
 * {@code value()}. Java annotations cannot hold a value of an interface type, so each service declares its own
 * three-line annotation over its own rule enum and marks it with this one; {@link AccessGuard} and the shared
 * architecture rule find it by this mark, the same way in every service:
 *
 * <pre>{@code
 * @NamesAccessRule
 * @Retention(RetentionPolicy.RUNTIME)
 * @Target(ElementType.METHOD)
 * public @interface Guarded {
 *     CaseRule value();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface NamesAccessRule {
}
