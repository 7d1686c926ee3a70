package org.secondlook.session;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The exported session file as written. Times are ISO-8601 instants; {@code result} is the advice result object.
 * Everything is nullable here so that a missing field is reported by name, not by a Jackson failure.
 */
record SessionFileContent(
        Integer formatVersion,
        String label,
        SessionStatus status,
        String contentVersion,
        String createdAt,
        String updatedAt,
        JsonNode result,
        SessionAnswers answers) {
}
