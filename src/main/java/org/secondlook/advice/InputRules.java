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
import org.secondlook.text.Phrase;

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
                throw new InputFileException("file.folder");
            }
            if (!attributes.isRegularFile()) {
                throw new InputFileException("file.device");
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
            throw new InputFileException("file.missing");
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException("file.unreadable");
        }
    }

    private static InputFileException tooLarge() {
        return new InputFileException("file.tooLarge", String.valueOf(MAX_FILE_BYTES / (1024 * 1024)));
    }

    /** A file was refused before its content was read; the message is plain and says what to do. */
    public static final class InputFileException extends IOException implements Phrase.Worded {

        private final transient Phrase phrase;

        InputFileException(String key, Object... args) {
            this(Phrase.of(AdviceText.BUNDLE, key, args));
        }

        private InputFileException(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }
}
