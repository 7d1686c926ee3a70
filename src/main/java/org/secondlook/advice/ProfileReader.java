package org.secondlook.advice;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.text.Quote;

/**
 * Reads the profile JSON format ({@code recommend --profile FILE}) into a {@link Profile}. Every problem becomes a
 * {@link ProfileException} with one line naming the field, the problem and what is allowed.
 */
public final class ProfileReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder(InputRules.jsonFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** The file as written: boxed numbers and plain lists, so missing and null values can be named. */
    record ProfileFile(Site site, Side side, Integer painDurationWeeks, Integer painIntensity,
            Map<LifeArea, Integer> impact, Onset onset, Diagnosis diagnosis, Boolean imagingDone,
            List<RedFlag> redFlags, List<PriorTreatmentFile> priorTreatments, Map<Priority, Integer> priorities,
            Country country, Boolean insured, Budget budget, Boolean willingToTravel, String leaning) {
    }

    record PriorTreatmentFile(String option, Outcome outcome, Integer weeks) {
    }

    private final AdviceText text;
    private final ProfileRules rules;

    public ProfileReader(KnowledgeBase kb) {
        this(kb, Locale.ENGLISH);
    }

    /** A reader whose messages about a bad file are in the language of {@code locale}. */
    public ProfileReader(KnowledgeBase kb, Locale locale) {
        this.text = new AdviceText(locale);
        this.rules = new ProfileRules(kb, text);
    }

    /** Reads a profile file; an unreadable file is an IOException, a file with bad content a ProfileException. */
    public Profile read(Path file) throws IOException {
        return read(InputRules.readFile(file));
    }

    public Profile read(InputStream in) throws IOException {
        byte[] json = in.readNBytes((int) InputRules.MAX_FILE_BYTES + 1);
        if (json.length > InputRules.MAX_FILE_BYTES) {
            throw problem("profile", "profile.tooLarge");
        }
        return read(json);
    }

    private Profile read(byte[] json) throws IOException {
        JsonNode tree = parse(json);
        ProfileFile file = bind(tree);
        Profile profile = toProfile(file);
        rules.check(profile);
        return profile;
    }

    private JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode tree = MAPPER.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw problem("profile", "profile.empty");
            }
            if (!tree.isObject()) {
                throw problem("profile", "profile.notObject");
            }
            if (parser.nextToken() != null) {
                throw problem("profile", "profile.trailing", parser.currentLocation().getLineNr(),
                        parser.currentLocation().getColumnNr());
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw problem("profile", "profile.tooComplex");
        } catch (JsonProcessingException e) {
            String duplicate = duplicateField(e);
            if (duplicate != null) {
                throw problem(Quote.of(duplicate), "profile.duplicate", Quote.of(duplicate));
            }
            JsonLocation at = e.getLocation();
            throw at == null ? problem("profile", "profile.unreadable")
                    : problem("profile", "profile.malformed", at.getLineNr(), at.getColumnNr());
        }
    }

    /** Jackson names a repeated field only in its message: "Duplicate field 'site'". */
    private static String duplicateField(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field '")) {
            return null;
        }
        return message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
    }

    private ProfileFile bind(JsonNode tree) {
        tooBigNumber(tree, "");
        try {
            return MAPPER.treeToValue(tree, ProfileFile.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            throw problem(path(e), "profile.unknownField", path(e), known);
        } catch (MismatchedInputException e) {
            throw wrongValue(tree, e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw problem("profile", "profile.unreadable");
        }
    }

    /** Numbers too big for Java's int fail inside Jackson without a path; name them first. */
    private void tooBigNumber(JsonNode node, String path) {
        if (node.isIntegralNumber() && !node.canConvertToInt()) {
            throw problem(path, "profile.tooBig", path, Quote.of(node.asText()));
        }
        if (node.isObject()) {
            node.properties().forEach(e -> tooBigNumber(e.getValue(), join(path, e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tooBigNumber(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private ProfileException wrongValue(JsonNode tree, MismatchedInputException e) {
        String field = path(e);
        Class<?> target = e.getTargetType();
        JsonNode node = nodeAt(tree, e);
        String value = node.isMissingNode() ? "this value" : Quote.of(node.toString());
        // A bad map key fails with the path of the map itself; the key is the value Jackson could not read.
        if (node.isObject() && e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String key) {
            field = join(field, Quote.of(key));
            value = "\"" + Quote.of(key) + "\"";
        }
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return problem(field, "profile.notOneOf", field, value, allowed);
        }
        return problem(field, "profile.wrongType", field, value, text.text(typeKey(target)));
    }

    private static String typeKey(Class<?> target) {
        if (target == Integer.class || target == int.class) {
            return "profile.type.wholeNumber";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "profile.type.yesNo";
        }
        if (target == String.class) {
            return "profile.type.text";
        }
        if (target != null && List.class.isAssignableFrom(target)) {
            return "profile.type.list";
        }
        if (target == PriorTreatmentFile.class) {
            return "profile.type.priorTreatment";
        }
        if (target == ProfileFile.class) {
            return "profile.type.profile";
        }
        return "profile.type.ratings";
    }

    private static JsonNode nodeAt(JsonNode tree, JsonMappingException e) {
        JsonNode node = tree;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
        }
        return node;
    }

    private static String path(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            path = ref.getFieldName() != null ? join(path, ref.getFieldName()) : path + "[" + ref.getIndex() + "]";
        }
        return path.isEmpty() ? "profile" : Quote.of(path);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private Profile toProfile(ProfileFile file) {
        required("site", file.site());
        required("painDurationWeeks", file.painDurationWeeks());
        required("painIntensity", file.painIntensity());
        required("diagnosis", file.diagnosis());
        noNullValues("impact", file.impact());
        noNullValues("priorities", file.priorities());
        return new Profile(file.site(), file.side(), file.painDurationWeeks(), file.painIntensity(), file.impact(),
                file.onset(), file.diagnosis(), file.imagingDone(), redFlags(file.redFlags()),
                priorTreatments(file.priorTreatments()), file.priorities(), file.country(), file.insured(),
                file.budget(), file.willingToTravel(), file.leaning());
    }

    private Set<RedFlag> redFlags(List<RedFlag> flags) {
        if (flags == null) {
            return null;
        }
        for (int i = 0; i < flags.size(); i++) {
            if (flags.get(i) == null) {
                throw problem("redFlags[" + i + "]", "profile.null", "redFlags[" + i + "]");
            }
        }
        return new LinkedHashSet<>(flags);
    }

    private List<PriorTreatment> priorTreatments(List<PriorTreatmentFile> entries) {
        if (entries == null) {
            return null;
        }
        List<PriorTreatment> tried = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "priorTreatments[" + i + "]";
            PriorTreatmentFile entry = entries.get(i);
            if (entry == null) {
                throw problem(field, "profile.null", field);
            }
            required(field + ".option", entry.option());
            required(field + ".outcome", entry.outcome());
            tried.add(new PriorTreatment(entry.option(), entry.outcome(), entry.weeks()));
        }
        return tried;
    }

    private void required(String field, Object value) {
        if (value == null) {
            throw problem(field, "profile.missing", field);
        }
    }

    private <K extends Enum<K>> void noNullValues(String field, Map<K, Integer> ratings) {
        if (ratings == null) {
            return;
        }
        ratings.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).sorted().findFirst()
                .ifPresent(key -> {
                    throw problem(field + "." + key.name(), "profile.null", field + "." + key.name());
                });
    }

    private ProfileException problem(String field, String key, Object... args) {
        return new ProfileException(field, text.text(key, args));
    }
}
