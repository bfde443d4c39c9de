package nl.schoolboard.sexting.exampleservice;

import nl.schoolboard.sexting.platform.security.access.NamesAccessRule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The example service's mark of an endpoint's rule (a plain string will do here; only the mark is looked for). */
@NamesAccessRule
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {

    String value();
}
