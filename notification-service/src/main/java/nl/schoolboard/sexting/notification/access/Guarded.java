package nl.schoolboard.sexting.notification.access;

import nl.schoolboard.sexting.platform.security.access.NamesAccessRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of one endpoint, checked by platform's {@code AccessGuard} before the request body is read. An
 * endpoint of this service without it is refused for everybody (deny by default); {@code ArchitectureTest} keeps
 * every handler method annotated.
 */
@NamesAccessRule
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guarded {

    AccessRule value();
}
