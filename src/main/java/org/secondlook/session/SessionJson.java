package org.secondlook.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.secondlook.advice.InputRules;

/** The JSON settings for session answers in the database and in exported files. */
final class SessionJson {

    /** Strict: a value of the wrong type is an error, never silently converted. */
    static final ObjectMapper MAPPER = strictMapper();

    private static final ObjectWriter COMPACT = MAPPER.writer();
    static final ObjectWriter PRETTY = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

    private SessionJson() {
    }

    static String toStored(SessionAnswers answers) {
        try {
            return COMPACT.writeValueAsString(toNode(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Session answers could not be written as JSON", e);
        }
    }

    /** The answers as stored and exported: a JSON object that says its format. */
    static ObjectNode toNode(SessionAnswers answers) {
        return AnswersFormat.stamp(MAPPER.valueToTree(answers));
    }

    static SessionAnswers fromStored(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!(node instanceof ObjectNode answers)) {
                throw new StoreException(StoreFailures.phrase("stored.unreadable", StoreFailures.phrase("stored.notObject")));
            }
            return fromNode(answers);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreFailures.phrase("stored.unreadable", StoreFailures.phrase("stored.malformed")), e);
        } catch (AnswersFormat.NewerFormatException e) {
            throw new StoreException(StoreFailures.phrase("stored.unreadable", e.phrase()), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreFailures.phrase("stored.unreadable", StoreFailures.phrase("stored.malformed")), e);
        }
    }

    /** Reads answers of any known format, upgrading earlier ones. */
    static SessionAnswers fromNode(ObjectNode answers) throws JsonProcessingException {
        return MAPPER.treeToValue(AnswersFormat.upgrade(answers.deepCopy()), SessionAnswers.class);
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder(InputRules.jsonFactory())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Without this a number or true/false is quietly accepted where text is expected.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
