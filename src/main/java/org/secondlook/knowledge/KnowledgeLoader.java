package org.secondlook.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the knowledge content and checks its meaning. Content from a folder (an editor's copy) and {@link #checkBuiltIn()}
 * first check its structure against a JSON Schema per file; the built-in content is bound strictly without the schemas
 * at every start, since a test checks it against them in the build ({@code BuiltInContentSchemaTest}).
 */
public final class KnowledgeLoader {

    // A second document, text after the document and a repeated key are errors: otherwise a half-merged edit
    // would load silently, the last copy winning.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private interface FileReader {
        byte[] read(String file) throws IOException;
    }

    /** Metadata as written in the file; dates are checked and parsed separately so a bad date names its place. */
    private record MetadataFile(String contentVersion, String lastReviewed, String nextReviewDue,
            LocalizedText updatePolicy, LocalizedText authorship, LocalizedText funding,
            LocalizedText competingInterests, LocalizedText whatItIs, LocalizedText whatItIsNot, List<String> languages) {
    }

    /**
     * The content that ships with the app, as every start loads it: bound strictly (an unknown, missing-type or
     * repeated field fails) and checked for meaning, without the JSON Schemas.
     */
    public static KnowledgeBase loadBuiltIn() throws KnowledgeException {
        return load(KnowledgeLoader::readBuiltIn, false);
    }

    /** The content that ships with the app, checked in full as {@link #loadFrom(Path)} checks a folder. */
    public static KnowledgeBase checkBuiltIn() throws KnowledgeException {
        return load(KnowledgeLoader::readBuiltIn, true);
    }

    /** Content from a directory holding the same files as the built-in content (e.g. while a clinical editor works). */
    public static KnowledgeBase loadFrom(Path dir) throws KnowledgeException {
        return loadFrom(dir, true);
    }

    /** With {@code checkStructure} false, as the built-in content loads at start: strict binding and meaning only. */
    static KnowledgeBase loadFrom(Path dir, boolean checkStructure) throws KnowledgeException {
        return load(file -> Files.readAllBytes(dir.resolve(file)), checkStructure);
    }

    private static byte[] readBuiltIn(String file) throws IOException {
        try (InputStream in = KnowledgeLoader.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new NoSuchFileException(file);
            }
            return in.readAllBytes();
        }
    }

    private static KnowledgeBase load(FileReader reader, boolean checkStructure) throws KnowledgeException {
        List<Problem> problems = new ArrayList<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (String file : ContentFiles.ALL) {
            JsonNode tree = parse(file, reader, problems);
            if (tree != null && (!checkStructure || ContentSchemas.check(file, tree, problems))) {
                trees.put(file, tree);
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        MetadataFile metadataFile = bind(ContentFiles.METADATA, trees, MetadataFile.class, problems);
        var sources = bind(ContentFiles.SOURCES, trees, ContentFiles.SourcesFile.class, problems);
        var glossary = bind(ContentFiles.GLOSSARY, trees, ContentFiles.GlossaryFile.class, problems);
        var options = bind(ContentFiles.OPTIONS, trees, ContentFiles.OptionsFile.class, problems);
        var conditions = bind(ContentFiles.CONDITIONS, trees, ContentFiles.ConditionsFile.class, problems);
        var general = bind(ContentFiles.GENERAL, trees, GeneralContent.class, problems);
        ContentMetadata metadata = metadataFile == null ? null : metadata(metadataFile, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        // Before the lists become maps by id, where a second entry with the same id would vanish.
        KnowledgeValidator.unique(ContentFiles.SOURCES, "/sources", sources.sources(), Source::id, problems);
        KnowledgeValidator.unique(ContentFiles.GLOSSARY, "/terms", glossary.terms(), GlossaryTerm::id, problems);
        KnowledgeValidator.unique(ContentFiles.OPTIONS, "/options", options.options(), TreatmentOption::id, problems);
        KnowledgeValidator.unique(ContentFiles.CONDITIONS, "/conditions", conditions.conditions(), Condition::id, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        KnowledgeBase kb = new KnowledgeBase(metadata, sources.sources(), glossary.terms(), options.options(),
                conditions.conditions(), general);
        problems.addAll(KnowledgeValidator.check(kb));
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return kb;
    }

    private static JsonNode parse(String file, FileReader reader, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = reader.read(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, "", "file is missing"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, "", "cannot be read: " + e.getMessage()));
            return null;
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file, at(e.getLocation()), "not valid JSON: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T bind(String file, Map<String, JsonNode> trees, Class<T> type, List<Problem> problems) {
        try {
            return MAPPER.treeToValue(trees.get(file), type);
        } catch (JsonMappingException e) {
            String place = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("/", "/", ""));
            problems.add(new Problem(file, place, "cannot be read: " + e.getOriginalMessage()));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file, at(e.getLocation()), "cannot be read: " + e.getOriginalMessage()));
            return null;
        }
    }

    private static ContentMetadata metadata(MetadataFile m, List<Problem> problems) {
        LocalDate lastReviewed = KnowledgeValidator.date(ContentFiles.METADATA, "/lastReviewed", m.lastReviewed(), problems);
        LocalDate nextReviewDue = KnowledgeValidator.date(ContentFiles.METADATA, "/nextReviewDue", m.nextReviewDue(), problems);
        return new ContentMetadata(m.contentVersion(), lastReviewed, nextReviewDue, m.updatePolicy(), m.authorship(),
                m.funding(), m.competingInterests(), m.whatItIs(), m.whatItIsNot(), m.languages());
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + " column " + location.getColumnNr();
    }

    private KnowledgeLoader() {
    }
}
