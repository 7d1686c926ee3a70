package org.secondlook.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of an SQLite file, read without SQLite: a cheap first check that catches another kind of file
 * and a cut-off copy before any page is read (see https://www.sqlite.org/fileformat.html, "The Database Header").
 */
final class DatabaseHeader {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SIZE = 100;

    private DatabaseHeader() {
    }

    /** True for a missing or empty file (a new database) and for a file whose header is whole and consistent. */
    static boolean looksSound(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return true;
        }
        long length = Files.size(file);
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SIZE);
        }
        if (header.length < SIZE || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return false;
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(fields.getShort(16));
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1 || length % pageSize != 0) {
            return false;
        }
        // The page count in the header is valid only when written by the same change as the counter beside it. Pages
        // still in the write-ahead log are not in the file yet, so a shorter file is damage only without a log.
        long pages = Integer.toUnsignedLong(fields.getInt(28));
        boolean countValid = fields.getInt(24) == fields.getInt(92) && pages > 0;
        boolean hasLog = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        return !countValid || hasLog || length >= pages * pageSize;
    }
}
