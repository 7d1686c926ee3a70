package org.secondlook.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the built-in content in a folder, for tests that break it on purpose. */
final class ContentDirectory {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;

    private ContentDirectory(Path dir) {
        this.dir = dir;
    }

    static ContentDirectory copyOfBuiltIn(Path dir) {
        for (String file : ContentFiles.ALL) {
            try (InputStream in = KnowledgeLoader.class.getResourceAsStream(file)) {
                Files.write(dir.resolve(file), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ContentDirectory(dir);
    }

    Path path() {
        return dir;
    }

    String text(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a JSON pointer; the parent must exist. */
    void set(String file, String pointer, JsonNode value) {
        edit(file, pointer, (parent, key) -> {
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(key), value);
            } else {
                ((ObjectNode) parent).set(key, value);
            }
        });
    }

    void remove(String file, String pointer) {
        edit(file, pointer, (parent, key) -> {
            if (parent instanceof ArrayNode array) {
                array.remove(Integer.parseInt(key));
            } else {
                ((ObjectNode) parent).remove(key);
            }
        });
    }

    private interface Change {
        void apply(JsonNode parent, String key);
    }

    private void edit(String file, String pointer, Change change) {
        try {
            JsonNode root = MAPPER.readTree(text(file));
            int cut = pointer.lastIndexOf('/');
            JsonNode parent = cut == 0 ? root : root.at(pointer.substring(0, cut));
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("no such place in " + file + ": " + pointer);
            }
            change.apply(parent, pointer.substring(cut + 1));
            write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
