package org.secondlook.advice;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one set of limits for every way answers come in: profile files, imported session files and the screens.
 * Whatever passes them can be stored, exported, imported back and printed.
 */
public final class InputRules {

    /** The largest file read as a profile or a session: far above a real one, far below what is slow to print. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_NOTE_LENGTH = 100_000;
    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_ENTRIES = 1_000;
    /** More treatments than anyone has tried, few enough to print on a page or two. */
    public static final int MAX_PRIOR_TREATMENTS = 100;

    private static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxNameLength(1_000)
            .maxStringLength((int) MAX_FILE_BYTES)
            .maxDocumentLength(MAX_FILE_BYTES)
            .build();

    private InputRules() {
    }

    /** A JSON factory that refuses deep nesting, huge numbers, huge names and over-long documents. */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(READ_LIMITS).build();
    }

    /**
     * The bytes of a regular file of at most {@link #MAX_FILE_BYTES}; a folder, device, pipe or larger file is
     * refused without reading it, so that {@code /dev/zero} or a FIFO cannot exhaust memory or hang.
     *
     * @throws InputFileException with a plain message saying what is wrong and what to do
     */
    public static byte[] readFile(Path file) throws InputFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new InputFileException("it is a folder; give the file inside it");
            }
            if (!attributes.isRegularFile()) {
                throw new InputFileException("it is a device or pipe, not a normal file; give a saved file");
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                throw tooLarge();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                 InputStream in = Channels.newInputStream(channel)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge();
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException("there is no such file");
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException("the file cannot be read; check that it exists and that you may read it");
        }
    }

    private static InputFileException tooLarge() {
        return new InputFileException("the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                + " MB, far larger than any profile or session; check that it is the right file");
    }

    /** A file was refused before its content was read; the message is plain and says what to do. */
    public static final class InputFileException extends IOException {
        public InputFileException(String message) {
            super(message);
        }
    }
}
