package org.secondlook.session;


/**
 * The exported session file as written. Times are ISO-8601 instants.
 * Everything is nullable here so that a missing field is reported by name, not by a Jackson failure.
 */
record SessionFileContent(
        Integer formatVersion,
        String label,
        SessionStatus status,
        String contentVersion,
        String createdAt,
        String updatedAt,
        SessionAnswers answers) {
}
