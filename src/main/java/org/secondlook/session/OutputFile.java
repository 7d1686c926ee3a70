package org.secondlook.session;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.secondlook.text.Phrase;

/**
 * A file Second Look writes for the person (a PDF, an exported session): it holds health data, so it is written
 * owner-only (0600) into a new, exclusively created temporary file with a random name in the target folder and then
 * moved into place in one step. Never through a link, a device or a folder; never over the sessions database or its
 * companion files; never over an existing file unless {@code replace} is set.
 *
 * @param target    where the file goes
 * @param database  the sessions database in use, which must not be overwritten; null when there is none
 * @param replace   whether an existing regular file may be replaced (the person confirmed it)
 */
public record OutputFile(Path target, Path database, boolean replace) {

    private static final List<String> DATABASE_SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    /** Writes the content into the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to the target; on any failure the target is as it was and no temporary file is left.
     *
     * @throws OutputRefusedException when the target may not be written; the message says why and what to do
     * @throws IOException            when writing failed
     */
    public void write(Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new OutputRefusedException("output.notFileName", target);
        }
        if (!Files.isDirectory(folder)) {
            throw new OutputRefusedException("output.noFolder", folder);
        }
        checkTarget(file);
        refuseDatabase(file);
        Path temp = createTemp(folder, file.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                // Writers such as Jackson close the stream they are given; the channel must stay open to be synced.
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void checkTarget(Path file) throws IOException {
        BasicFileAttributes existing;
        try {
            existing = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return;
        }
        if (existing.isSymbolicLink()) {
            throw new OutputRefusedException("output.link", file);
        }
        if (existing.isDirectory()) {
            throw new OutputRefusedException("output.folder", file);
        }
        if (!existing.isRegularFile()) {
            throw new OutputRefusedException("output.device", file);
        }
        refuseDatabase(file);
        if (!replace) {
            throw new OutputRefusedException("output.exists", file);
        }
    }

    private void refuseDatabase(Path file) throws IOException {
        if (database == null) {
            return;
        }
        Path db = database.toAbsolutePath().normalize();
        Path where = realFolder(file).resolve(file.getFileName());
        for (String suffix : DATABASE_SUFFIXES) {
            Path protectedFile = db.resolveSibling(db.getFileName() + suffix);
            boolean same = where.equals(realFolder(protectedFile).resolve(protectedFile.getFileName()))
                    || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(protectedFile)
                    && Files.isSameFile(file, protectedFile);
            if (same) {
                throw (suffix.isEmpty() ? new OutputRefusedException("output.database", file)
                        : new OutputRefusedException("output.databaseCompanion", file, suffix));
            }
        }
    }

    private static Path realFolder(Path file) throws IOException {
        Path folder = file.getParent();
        return Files.isDirectory(folder) ? folder.toRealPath() : folder;
    }

    private void moveIntoPlace(Path temp, Path file) throws IOException {
        if (replace) {
            // rename(2) replaces a link or file at the target itself and never follows it.
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try {
            // link(2) fails when the name is taken, so a file that appeared meanwhile is never replaced.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            throw new OutputRefusedException("output.exists", file);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException("output.exists", file);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The target may not be written; the message says why and what to do instead. */
    public static final class OutputRefusedException extends IOException implements Phrase.Worded {

        private final transient Phrase phrase;

        OutputRefusedException(String key, Object... args) {
            this(StoreFailures.phrase(key, args));
        }

        private OutputRefusedException(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /** A new file with a random name that did not exist before (O_EXCL, so never a planted link), owner-only. */
    private static Path createTemp(Path folder, String name) throws IOException {
        String prefix = "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, prefix, ".part");
    }
}
