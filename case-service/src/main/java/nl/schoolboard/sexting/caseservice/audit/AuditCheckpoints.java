package nl.schoolboard.sexting.caseservice.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed checkpoints of each board's chain head, kept in a directory outside MongoDB: one file per board, one line
 * per checkpoint, only ever appended to. A line reads {@code <seq> <hash> <at> <signature>}, the signature an
 * HMAC under the audit key, so an auditor can read the file with any text tool and the service can tell a line it
 * wrote from one written by someone without the key. In production the directory is a separate volume, ideally
 * write-once storage (see docs/security.md): whoever can rewrite the database cannot also take back a checkpoint.
 */
final class AuditCheckpoints {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Path directory;
    private final AuditKey key;

    AuditCheckpoints(Path directory, AuditKey key) {
        this.directory = directory;
        this.key = key;
    }

    /** Appends the checkpoint and forces it to disk before returning. */
    synchronized void write(Checkpoint checkpoint) {
        String line = checkpoint.seq() + " " + checkpoint.hash() + " " + checkpoint.at() + " "
                + key.mac(checkpoint.signedText()) + "\n";
        try {
            Files.createDirectories(directory);
            try (FileChannel file = FileChannel.open(fileOf(checkpoint.boardId()), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                file.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                file.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint of board " + checkpoint.boardId() + " could not be written", e);
        }
    }

    /** Reads a board's checkpoints line by line, keeping only what verification needs. */
    Reading read(String boardId) {
        Checkpoint first = null;
        Checkpoint latest = null;
        Long forgedLine = null;
        try (BufferedReader lines = Files.newBufferedReader(fileOf(boardId), StandardCharsets.US_ASCII)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Optional<Checkpoint> checkpoint = parse(boardId, line);
                if (checkpoint.isEmpty()) {
                    forgedLine = forgedLine == null ? number : forgedLine;
                    continue;
                }
                Checkpoint read = checkpoint.get();
                if (first == null || read.seq() < first.seq()) {
                    first = read;
                }
                if (latest == null || read.seq() > latest.seq()) {
                    latest = read;
                }
            }
        } catch (NoSuchFileException none) {
            return new Reading(null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoints of board " + boardId + " could not be read", e);
        }
        return new Reading(first, latest, forgedLine);
    }

    /** A line that is not well formed or whose signature does not hold is no checkpoint. */
    private Optional<Checkpoint> parse(String boardId, String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            Checkpoint checkpoint = new Checkpoint(boardId, Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]));
            return key.signed(checkpoint.signedText(), parts[3]) ? Optional.of(checkpoint) : Optional.empty();
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Board ids become file names as they are when they are plain, else hex-encoded, so no id leaves the folder. */
    private Path fileOf(String boardId) {
        String name = PLAIN_NAME.matcher(boardId).matches() && !boardId.startsWith(".")
                ? boardId : "x-" + HexFormat.of().formatHex(boardId.getBytes(StandardCharsets.UTF_8));
        return directory.resolve(name + ".checkpoints");
    }

    /**
     * What a board's checkpoint file says.
     *
     * @param first      the checkpoint with the lowest sequence: entries after it were written keyed
     * @param latest     the checkpoint with the highest sequence: the chain may not end before it
     * @param forgedLine the number of the first line that is not a checkpoint signed with the key; null when none
     */
    record Reading(Checkpoint first, Checkpoint latest, Long forgedLine) {
    }
}
