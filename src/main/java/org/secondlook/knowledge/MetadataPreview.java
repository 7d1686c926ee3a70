package org.secondlook.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in content's metadata read alone with the streaming parser, without data binding: what the welcome page
 * shows at the first frame, before the whole content is loaded and checked ({@link KnowledgeLoader#loadBuiltIn()}
 * reads the same file again, strictly). Anything unexpected gives nothing, and the window waits for the full load.
 */
public final class MetadataPreview {

    private MetadataPreview() {
    }

    public static Optional<ContentMetadata> ofBuiltIn() {
        try (InputStream in = MetadataPreview.class.getResourceAsStream(ContentFiles.METADATA);
                JsonParser json = new JsonFactory().createParser(in)) {
            return Optional.of(read(json));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ContentMetadata read(JsonParser json) throws IOException {
        Map<String, String> strings = new HashMap<>();
        Map<String, LocalizedText> texts = new HashMap<>();
        List<String> languages = new ArrayList<>();
        expect(json.nextToken(), JsonToken.START_OBJECT);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            switch (json.nextToken()) {
                case VALUE_STRING -> strings.put(field, json.getText());
                case START_OBJECT -> texts.put(field, localized(json));
                case START_ARRAY -> {
                    while (json.nextToken() == JsonToken.VALUE_STRING) {
                        languages.add(json.getText());
                    }
                }
                default -> throw new IllegalStateException("unexpected value of " + field);
            }
        }
        return new ContentMetadata(required(strings, "contentVersion"),
                LocalDate.parse(required(strings, "lastReviewed")), LocalDate.parse(required(strings, "nextReviewDue")),
                required(texts, "updatePolicy"), required(texts, "authorship"), required(texts, "funding"),
                required(texts, "competingInterests"), required(texts, "whatItIs"), required(texts, "whatItIsNot"),
                languages);
    }

    private static LocalizedText localized(JsonParser json) throws IOException {
        Map<String, String> byLanguage = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String language = json.currentName();
            expect(json.nextToken(), JsonToken.VALUE_STRING);
            byLanguage.put(language, json.getText());
        }
        return new LocalizedText(byLanguage);
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalStateException("expected " + expected + ", found " + token);
        }
    }

    private static <T> T required(Map<String, T> values, String field) {
        T value = values.get(field);
        if (value == null) {
            throw new IllegalStateException(field + " is missing");
        }
        return value;
    }
}
