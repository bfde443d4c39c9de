package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** All guardians of one pupil; replaces the ones listed before. */
public record GuardiansInput(
        @NotEmpty(message = "List at least one guardian; to remove all of them, delete the pupil's guardians.")
        @Size(max = 10, message = "At most 10 guardians per pupil.")
        List<@NotNull(message = "Leave no empty entries.") @Valid GuardianInput> guardians) {
}
