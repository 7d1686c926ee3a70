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
            throw new ImportException("Cannot import " + Quote.of(name) + ": " + e.getMessage());
        }
    }

    private static SessionFileContent parse(Path file) throws ImportException {
        byte[] bytes = readLimited(file);
        JsonNode root;
        try {
            root = SessionJson.MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new ImportException("the file is nested too deeply or holds a number, name or text far too long"
                    + " for a session file; check that it is the right file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new ImportException("the file is not valid JSON" + where + "; check that it is a file Second Look"
                    + " exported and that it was not changed");
        } catch (IOException e) {
            throw new ImportException("the file could not be read; check that you may read it");
        }
        if (root == null || !root.isObject()) {
            throw new ImportException("the file must hold one JSON object, as Second Look exports");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new ImportException("required field 'formatVersion' is missing; is this a Second Look session file?");
        }
        if (!version.isInt()) {
            throw new ImportException("field 'formatVersion' must be a whole number");
        }
        if (version.intValue() < 1 || version.intValue() > FORMAT_VERSION) {
            throw new ImportException("unknown format version " + version.intValue()
                    + "; this version of Second Look reads formats 1 to " + FORMAT_VERSION);
        }
        ObjectNode content = (ObjectNode) root;
        if (version.intValue() == 1) {
            content.remove("result");
        }
        if (content.get("answers") instanceof ObjectNode answers) {
            try {
                AnswersFormat.upgrade(answers);
            } catch (IllegalArgumentException e) {
                throw new ImportException("field 'answers': " + e.getMessage());
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
            throw new ImportException(e.getMessage());
        }
    }

    private static String describe(JsonProcessingException e, JsonNode root) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "the file is not valid JSON; check that it is a file Second Look exported";
        }
        String field = "field '" + path(mapping) + "'";
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown " + field;
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return field + " has unknown value '" + Quote.of(invalid.getValue()) + "'; expected one of "
                    + constants(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return field + " has the wrong type; expected " + expected(mismatched.getTargetType());
        }
        if (e instanceof ValueInstantiationException failed && e.getCause() instanceof NullPointerException missing) {
            return missing.getMessage() != null
                    ? "required field '" + path(mapping) + "." + missing.getMessage() + "' is missing"
                    : "field '" + nullEntry(failed, root) + "' contains an empty (null) entry";
        }
        return field + " is not valid; check that the file was exported by Second Look and not changed";
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

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + constants(type);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
