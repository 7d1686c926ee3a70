package org.secondlook.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.secondlook.advice.InputRules;
import org.secondlook.advice.ProfileRules;
import org.secondlook.text.Phrase;
import org.secondlook.text.Quote;

/** Exported session files: writing them, and reading them back only when every part checks out. */
public final class SessionFiles {

    /** Format 1 also held the advice result as shown; format 2 leaves it out (it is recomputed from the answers). */
    static final int FORMAT_VERSION = 2;

    private SessionFiles() {
    }

    /** The session in the exported file format, pretty-printed. */
    public static String toJson(Session session) {
        try {
            return SessionJson.PRETTY.writeValueAsString(content(session));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Session " + session.id() + " could not be written as JSON", e);
        }
    }

    private static ObjectNode content(Session session) {
        ObjectNode content = SessionJson.MAPPER.valueToTree(new SessionFileContent(FORMAT_VERSION, session.label(),
                session.status(), session.contentVersion(), session.createdAt().toString(),
                session.updatedAt().toString(), null));
        content.set("answers", SessionJson.toNode(session.answers()));
        return content;
    }

    static void write(Session session, OutputFile file) throws IOException {
        ObjectNode content = content(session);
        file.write(out -> SessionJson.PRETTY.writeValue(out, content));
    }

    static ImportedSession read(Path file, ProfileRules rules) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return SessionFileValidator.check(parse(file), rules);
        } catch (ImportException e) {
            throw new ImportException("import.refused", Quote.of(name), e.phrase());
        }
    }

    private static SessionFileContent parse(Path file) throws ImportException {
        byte[] bytes = readLimited(file);
        JsonNode root;
        try {
            root = SessionJson.MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new ImportException("import.tooDeep");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at == null ? new ImportException("import.notJson")
                    : new ImportException("import.notJsonAt", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        } catch (IOException e) {
            throw new ImportException("import.unreadable");
        }
        if (root == null || !root.isObject()) {
            throw new ImportException("import.notObject");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new ImportException("import.noFormatVersion");
        }
        if (!version.isInt()) {
            throw new ImportException("import.formatVersionNotNumber");
        }
        if (version.intValue() < 1 || version.intValue() > FORMAT_VERSION) {
            throw new ImportException("import.unknownFormat", String.valueOf(version.intValue()), String.valueOf(FORMAT_VERSION));
        }
        ObjectNode content = (ObjectNode) root;
        if (version.intValue() == 1) {
            content.remove("result");
        }
        if (content.get("answers") instanceof ObjectNode answers) {
            try {
                AnswersFormat.upgrade(answers);
            } catch (AnswersFormat.NewerFormatException e) {
                throw new ImportException("import.answers", e.phrase());
            } catch (IllegalArgumentException e) {
                throw new ImportException("import.answers", StoreFailures.phrase("answers.badFormat", String.valueOf(AnswersFormat.CURRENT)));
            }
        }
        try {
            return SessionJson.MAPPER.treeToValue(root, SessionFileContent.class);
        } catch (JsonProcessingException e) {
            throw new ImportException(describe(e, root));
        }
    }

    private static byte[] readLimited(Path file) throws ImportException {
        try {
            return InputRules.readFile(file);
        } catch (InputRules.InputFileException e) {
            throw new ImportException(e.phrase());
        }
    }

    private static Phrase describe(JsonProcessingException e, JsonNode root) {
        if (!(e instanceof JsonMappingException mapping)) {
            return StoreFailures.phrase("import.notJsonShort");
        }
        String field = path(mapping);
        if (e instanceof UnrecognizedPropertyException) {
            return StoreFailures.phrase("field.unknown", field);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return StoreFailures.phrase("field.unknownValue", field, Quote.of(invalid.getValue()),
                    constants(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return StoreFailures.phrase("field.wrongType", field, expected(mismatched.getTargetType()));
        }
        if (e instanceof ValueInstantiationException failed && e.getCause() instanceof NullPointerException missing) {
            return missing.getMessage() != null
                    ? StoreFailures.phrase("field.missing", field + "." + missing.getMessage())
                    : StoreFailures.phrase("field.nullEntry", nullEntry(failed, root));
        }
        return StoreFailures.phrase("field.invalid", field);
    }

    /**
     * The list or map inside the record that failed to build that holds a null; the records themselves refuse
     * nulls in their collections, without saying which one.
     */
    private static String nullEntry(ValueInstantiationException e, JsonNode root) {
        String at = path(e);
        JsonNode node = root;
        for (JsonMappingException.Reference step : e.getPath()) {
            node = step.getIndex() >= 0 ? node.path(step.getIndex()) : node.path(step.getFieldName());
        }
        for (RecordComponent component : e.getType().getRawClass().getRecordComponents()) {
            boolean container = Collection.class.isAssignableFrom(component.getType())
                    || Map.class.isAssignableFrom(component.getType());
            JsonNode value = node.path(component.getName());
            boolean holdsNull = value.isContainerNode()
                    && StreamSupport.stream(value.spliterator(), false).anyMatch(JsonNode::isNull);
            if (container && holdsNull) {
                return at + "." + component.getName();
            }
        }
        return at;
    }


    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            } else if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            }
        }
        return path.isEmpty() ? "(top level)" : Quote.of(path);
    }

    private static Object expected(Class<?> type) {
        if (type.isEnum()) {
            return StoreFailures.phrase("type.oneOf", constants(type));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return StoreFailures.phrase("type.wholeNumber");
        }
        if (type == Boolean.class || type == boolean.class) {
            return StoreFailures.phrase("type.trueOrFalse");
        }
        if (type == String.class) {
            return StoreFailures.phrase("type.text");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return StoreFailures.phrase("type.list");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return StoreFailures.phrase("type.object");
        }
        return type.getSimpleName();
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
