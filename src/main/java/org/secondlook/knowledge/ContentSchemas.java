package org.secondlook.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of each content file. A class of its own, so that the schema library (some hundreds of classes)
 * is loaded only when content is checked in full, never by an everyday start on the built-in content.
 */
final class ContentSchemas {

    private static final Map<String, JsonSchema> SCHEMAS = load();

    private ContentSchemas() {
    }

    /** Adds a problem for each place where {@code tree} breaks the schema of {@code file}; true when there is none. */
    static boolean check(String file, JsonNode tree, List<Problem> problems) {
        List<ValidationMessage> messages = SCHEMAS.get(file).validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        for (ValidationMessage message : messages) {
            String place = message.getInstanceLocation().toString();
            problems.add(new Problem(file, place.isEmpty() ? "/" : place, message.getError()));
        }
        return messages.isEmpty();
    }

    private static Map<String, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (String file : ContentFiles.ALL) {
            try (InputStream in = KnowledgeLoader.class.getResourceAsStream(ContentFiles.schemaFor(file))) {
                if (in == null) {
                    throw new IllegalStateException("schema for " + file + " is missing from the application");
                }
                schemas.put(file, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(schemas);
    }
}
