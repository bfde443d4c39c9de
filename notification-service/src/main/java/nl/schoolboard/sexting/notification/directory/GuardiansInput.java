package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** All guardians of one pupil; replaces the ones listed before. */
public record GuardiansInput(
        @NotEmpty(message = "{guardians-missing}")
        @Size(max = 10, message = "{too-many-guardians}")
        List<@NotNull(message = "{empty-entry}") @Valid GuardianInput> guardians) {
}
