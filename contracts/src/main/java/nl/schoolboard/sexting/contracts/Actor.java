package nl.schoolboard.sexting.contracts;

import java.util.Objects;

/**
 * Who did something, pseudonymously: a stable user id from the identity provider and the role they acted in.
 * Never a name: consumers that need to address a person look them up in their own directory.
 */
public record Actor(String id, String role) {

    public Actor {
        Objects.requireNonNull(id, "actor id");
        Objects.requireNonNull(role, "actor role");
    }
}
