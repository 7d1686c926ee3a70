package org.secondlook.session;

import org.secondlook.advice.OutOfPocket;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Priority;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.InputRules;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileException;
import org.secondlook.advice.ProfileRules;
import org.secondlook.text.Quote;

/**
 * Checks a parsed session file against every limit, naming the first field that breaks one. The limits and the
 * profile rules are those of every other way answers come in ({@link InputRules}, {@link ProfileRules}).
 */
final class SessionFileValidator {

    private static final int MAX_NOTE_LENGTH = InputRules.MAX_NOTE_LENGTH;
    private static final int MAX_ID_LENGTH = InputRules.MAX_ID_LENGTH;
    private static final int MAX_ENTRIES = InputRules.MAX_ENTRIES;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private SessionFileValidator() {
    }

    static ImportedSession check(SessionFileContent file, ProfileRules rules) throws ImportException {
        required("status", file.status());
        text("label", file.label(), SessionStore.MAX_LABEL_LENGTH);
        if (Quote.hasControlCharacters(file.label())) {
            throw new ImportException("field.controlCharacters", "label");
        }
        required("contentVersion", file.contentVersion());
        text("contentVersion", file.contentVersion(), MAX_ID_LENGTH);
        Instant created = instant("createdAt", file.createdAt());
        Instant updated = instant("updatedAt", file.updatedAt());
        if (updated.isBefore(created)) {
            throw new ImportException("field.updatedBeforeCreated");
        }
        required("answers", file.answers());
        answers(file.answers(), file.status(), rules);
        String label = file.label() == null || file.label().isBlank() ? null : file.label().strip();
        return new ImportedSession(label, file.status(), file.answers(), file.contentVersion(), created, updated);
    }

    private static void answers(SessionAnswers answers, SessionStatus status, ProfileRules rules) throws ImportException {
        required("answers.mode", answers.mode());
        text("answers.patientNotes", answers.patientNotes(), MAX_NOTE_LENGTH);
        entries("answers.knowledgeCheck", answers.knowledgeCheck().keySet());
        entries("answers.clinicianNotes", answers.clinicianNotes().keySet().stream().map(NoteKey::toString).toList());
        for (Map.Entry<NoteKey, String> note : answers.clinicianNotes().entrySet()) {
            text("answers.clinicianNotes." + Quote.of(note.getKey().toString()), note.getValue(), MAX_NOTE_LENGTH);
        }
        entries("answers.checklist", answers.checklist());
        entries("answers.comparedOptions", answers.comparedOptions());
        if (answers.travel() != null) {
            optionalRange("answers.travel.flights", (int) answers.travel().flights(), OutOfPocket.Travel.MAX_AMOUNT);
            optionalRange("answers.travel.stay", (int) answers.travel().stay(), OutOfPocket.Travel.MAX_AMOUNT);
            optionalRange("answers.travel.companion", (int) answers.travel().companion(), OutOfPocket.Travel.MAX_AMOUNT);
        }
        entries("answers.expectedSessions", answers.expectedSessions().keySet());
        for (Map.Entry<String, Integer> sessions : answers.expectedSessions().entrySet()) {
            range("answers.expectedSessions." + Quote.of(sessions.getKey()), sessions.getValue(), OutOfPocket.MAX_SESSIONS);
        }
        if (answers.profile() != null) {
            profile(answers.profile());
            try {
                rules.check(answers.profile());
            } catch (ProfileException e) {
                throw new ImportException("joined", "answers.profile.", e.getMessage());
            }
        } else if (status == SessionStatus.COMPLETED) {
            throw new ImportException("field.noProfile");
        }
    }

    private static void profile(Profile profile) throws ImportException {
        range("answers.profile.painDurationWeeks", profile.painDurationWeeks(), Profile.MAX_DURATION_WEEKS);
        range("answers.profile.painIntensity", profile.painIntensity(), Profile.MAX_INTENSITY);
        for (Map.Entry<LifeArea, Integer> impact : profile.impact().entrySet()) {
            range("answers.profile.impact." + impact.getKey(), impact.getValue(), Priority.MAX_RATING);
        }
        for (Map.Entry<Priority, Integer> rating : profile.priorities().entrySet()) {
            range("answers.profile.priorities." + rating.getKey(), rating.getValue(), Priority.MAX_RATING);
        }
        if (profile.site() != null && profile.diagnosis() != null && !profile.diagnosis().appliesTo(profile.site())) {
            throw new ImportException("field.wrongSite", profile.diagnosis(), profile.site());
        }
        if (profile.priorTreatments().size() > InputRules.MAX_PRIOR_TREATMENTS) {
            throw new ImportException("field.tooManyTreatments", String.valueOf(InputRules.MAX_PRIOR_TREATMENTS));
        }
        for (int i = 0; i < profile.priorTreatments().size(); i++) {
            PriorTreatment tried = profile.priorTreatments().get(i);
            String at = "answers.profile.priorTreatments[" + i + "]";
            text(at + ".option", tried.option(), MAX_ID_LENGTH);
            optionalRange(at + ".weeks", tried.weeks(), Profile.MAX_DURATION_WEEKS);
        }
        text("answers.profile.leaning", profile.leaning(), MAX_ID_LENGTH);
    }

    private static void required(String field, Object value) throws ImportException {
        if (value == null) {
            throw new ImportException("field.missing", field);
        }
    }

    private static void text(String field, String value, int maxLength) throws ImportException {
        if (value != null && value.length() > maxLength) {
            throw new ImportException("field.tooLong", field, String.valueOf(value.length()), String.valueOf(maxLength));
        }
    }

    private static void entries(String field, Collection<String> ids) throws ImportException {
        if (ids.size() > MAX_ENTRIES) {
            throw new ImportException("field.tooManyEntries", field, String.valueOf(ids.size()), String.valueOf(MAX_ENTRIES));
        }
        for (String id : ids) {
            text(field + "['" + Quote.of(id) + "']", id, MAX_ID_LENGTH);
        }
    }

    private static void range(String field, Integer value, int max) throws ImportException {
        if (value == null) {
            throw new ImportException("field.emptyNumber", field, String.valueOf(max));
        }
        if (value < 0 || value > max) {
            throw new ImportException("field.outOfRange", field, String.valueOf(value), String.valueOf(max));
        }
    }

    private static void optionalRange(String field, Integer value, int max) throws ImportException {
        if (value != null) {
            range(field, value, max);
        }
    }

    private static Instant instant(String field, String value) throws ImportException {
        required(field, value);
        try {
            Instant instant = Instant.parse(value);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new ImportException("field.dateOutOfRange", field, Quote.of(value));
            }
            return instant.truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new ImportException("field.notDate", field, Quote.of(value));
        }
    }

}
