package nl.schoolboard.sexting.caseservice.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;

/**
 * The shredding ledger as a file of digests, one per line ({@code case.privacy.shredding-ledger-file}), written and
 * forced to disk before an erasure counts as carried out. Re-read when the file changes, so that instances sharing it
 * see each other's erasures. It must not live in the database's backups, and must not be restored from an older copy.
 */
public final class FileShreddingLedger implements ShreddingLedger {

    private final Path file;
    private Set<String> digests = Set.of();
    private FileTime readAt;
    private long readSize = -1;

    public FileShreddingLedger(Path file) {
        this.file = file;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the shredding ledger " + file, e);
        }
    }

    @Override
    public synchronized void record(String keyId) {
        String digest = ShreddingLedger.digest(keyId);
        if (lists(digest)) {
            return;
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap((digest + "\n").getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shredding ledger", e);
        }
    }

    @Override
    public synchronized boolean lists(String digest) {
        refresh();
        return digests.contains(digest);
    }

    private void refresh() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (modified.equals(readAt) && size == readSize) {
                return;
            }
            Set<String> read = new HashSet<>();
            Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).forEach(read::add);
            digests = read;
            readAt = modified;
            readSize = size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shredding ledger", e);
        }
    }
}
