package org.secondlook.ui.history;

import java.util.function.Function;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.secondlook.session.SessionStatus;
import org.secondlook.session.SessionSummary;
import org.secondlook.advice.SureAnswers;
import org.secondlook.ui.common.Messages;

/** How a saved session's parts read on screen, in words; missing answers say so rather than show a blank. */
final class SessionTexts {

    private final Messages messages;
    private final Function<String, String> optionNames;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    /** @param optionNames an option's name from its id, in the messages' language */
    SessionTexts(Messages messages, ZoneId zone, Function<String, String> optionNames) {
        this.messages = messages;
        this.optionNames = optionNames;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).withZone(zone);
    }

    String name(SessionSummary session) {
        return session.label() != null ? session.label() : messages.format("history.unnamed", session.id().value());
    }

    /** The diagnosis when given, else where the pain is, else that it is not answered yet. */
    String condition(SessionSummary session) {
        if (session.diagnosis() != null) {
            return messages.of("history.diagnosis", session.diagnosis());
        }
        if (session.site() != null) {
            return messages.of("history.site", session.site());
        }
        return notAnswered();
    }

    /** Whether the answers include a warning sign, in words and a sign, so that it never rests on colour. */
    String warningSign(SessionSummary session) {
        return messages.get(session.warningSign() ? "history.warning.yes" : "history.warning.no");
    }

    String status(SessionStatus status) {
        return messages.of("history.status", status);
    }

    String pain(Integer painIntensity) {
        return painIntensity == null ? notAnswered() : messages.format("history.pain.value", painIntensity);
    }

    String weeks(Integer weeks) {
        return weeks == null ? notAnswered() : messages.format("history.weeks.value", weeks);
    }

    String sureScore(Integer score) {
        return score == null ? notAnswered() : messages.format("history.sure.value", score, SureAnswers.MAX_SCORE);
    }

    String rating(Integer rating) {
        return rating == null ? notAnswered() : messages.format("history.rating.value", rating);
    }

    String leaning(String leaning) {
        return leaning == null || leaning.isBlank() ? notAnswered() : optionNames.apply(leaning);
    }

    String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    String date(Instant instant) {
        return date.format(instant);
    }

    String notAnswered() {
        return messages.get("history.notAnswered");
    }
}
