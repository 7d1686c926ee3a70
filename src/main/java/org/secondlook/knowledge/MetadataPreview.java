package org.secondlook.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.secondlook.text.SmallJson;

/**
 * The built-in content's metadata read alone, without Jackson: what the welcome page shows at the first frame, before
 * the whole content is loaded and checked ({@link KnowledgeLoader#loadBuiltIn()} reads the same file again, strictly).
 * Anything unexpected gives nothing, and the window waits for the full load.
 */
public final class MetadataPreview {

    private MetadataPreview() {
    }

    public static Optional<ContentMetadata> ofBuiltIn() {
        try (InputStream in = MetadataPreview.class.getResourceAsStream(ContentFiles.METADATA)) {
            return Optional.of(read(SmallJson.object(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ContentMetadata read(Map<String, Object> file) {
        List<String> languages = file.get("languages") instanceof List<?> list
                ? list.stream().map(String.class::cast).toList() : null;
        return new ContentMetadata(text(file, "contentVersion"), LocalDate.parse(text(file, "lastReviewed")),
                LocalDate.parse(text(file, "nextReviewDue")), localized(file, "updatePolicy"), localized(file, "authorship"),
                localized(file, "funding"), localized(file, "competingInterests"), localized(file, "whatItIs"),
                localized(file, "whatItIsNot"), languages);
    }

    private static LocalizedText localized(Map<String, Object> file, String field) {
        if (!(file.get(field) instanceof Map<?, ?> byLanguage)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        Map<String, String> texts = new HashMap<>();
        byLanguage.forEach((language, text) -> texts.put((String) language, (String) text));
        return new LocalizedText(texts);
    }

    private static String text(Map<String, Object> file, String field) {
        if (!(file.get(field) instanceof String text)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return text;
    }
}
