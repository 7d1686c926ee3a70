package org.secondlook.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secondlook.advice.Advice;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.DurationReading;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.ContentMetadata;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.report.SummaryModel.CheckItem;
import org.secondlook.report.SummaryModel.Checklist;
import org.secondlook.report.SummaryModel.Header;
import org.secondlook.report.SummaryModel.Notes;
import org.secondlook.report.SummaryModel.OptionSummary;
import org.secondlook.report.SummaryModel.PriorityRating;
import org.secondlook.report.SummaryModel.Row;
import org.secondlook.report.SummaryModel.UrgentSign;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SureAnswers;

/** Gathers a session's answers, the advice and the evidence content into the words of the printed summary. */
public final class SummaryBuilder {

    /** At most this many options are compared when the person did not choose which. */
    public static final int DEFAULT_OPTION_COUNT = 4;

    private final KnowledgeBase kb;
    private final AdviceEngine engine;
    private final SummaryText text;
    private final Citations citations = new Citations();
    private final ZoneId zone;

    private SummaryBuilder(KnowledgeBase kb, AdviceEngine engine, Locale locale, ZoneId zone) {
        this.kb = kb;
        this.engine = engine;
        this.text = new SummaryText(locale);
        this.zone = zone;
    }

    /**
     * The summary of one session's answers, dated in the system's time zone.
     *
     * @param answers must hold a profile (the pain steps were answered); a null mode means "from a profile file"
     * @param label   the name or alias the person chose, or null
     * @throws IllegalArgumentException when the answers hold no profile
     * @throws org.secondlook.advice.ProfileException when the profile is incomplete or inconsistent
     */
    public static SummaryModel build(KnowledgeBase kb, AdviceEngine engine, SessionAnswers answers, String label,
            Instant created, Locale locale) {
        if (answers.profile() == null) {
            throw new IllegalArgumentException("These answers have no pain details yet, so there is nothing to sum up.");
        }
        return new SummaryBuilder(kb, engine, locale, ZoneId.systemDefault()).summary(answers, label, created);
    }

    /** Answers holding only a profile, for a summary made from a profile file (no notes, SURE or checklist). */
    public static SessionAnswers profileOnly(Profile profile) {
        return SessionAnswers.start(null).withProfile(profile);
    }

    private SummaryModel summary(SessionAnswers answers, String label, Instant created) {
        Locale locale = text.locale();
        Profile profile = answers.profile();
        Advice advice = engine.advise(profile, locale);
        List<OptionAdvice> compared = compared(advice, answers);
        OptionSummaryBuilder optionBuilder = new OptionSummaryBuilder(kb, text, citations);
        List<OptionSummary> options = compared.stream()
                .map(o -> optionBuilder.build(o, standing(advice, o), o.id().equals(profile.leaning())))
                .toList();
        List<String> questions = engine.questionsToBring(advice, profile,
                compared.stream().map(OptionAdvice::id).toList(), locale);
        SureAnswers sure = answers.sure();
        List<String> nextSteps = engine.nextSteps(sure.sure(), sure.understand(), sure.riskBenefit(),
                sure.encouragement(), locale);
        return new SummaryModel(locale, header(answers, label, created), urgentSigns(advice),
                situation(profile, advice), priorities(profile), options, checklist(compared, answers.checklist()),
                questions, sure(sure, profile.leaning()), notes(answers), nextSteps, citations.entries(kb, text),
                about());
    }

    private ConditionOption standing(Advice advice, OptionAdvice option) {
        return kb.condition(advice.conditionId()).flatMap(c -> c.option(option.id())).orElseThrow();
    }

    /** The options chosen for comparison; if none, the leaning and then the established options, at most four. */
    private static List<OptionAdvice> compared(Advice advice, SessionAnswers answers) {
        Set<String> ids = new LinkedHashSet<>(answers.comparedOptions());
        if (ids.isEmpty()) {
            String leaning = answers.profile().leaning();
            if (leaning != null && advice.option(leaning).isPresent()) {
                ids.add(leaning);
            }
            advice.inCategory(Category.ESTABLISHED).stream()
                    .map(OptionAdvice::id)
                    .takeWhile(id -> ids.size() < DEFAULT_OPTION_COUNT)
                    .forEach(ids::add);
        }
        return ids.stream().flatMap(id -> advice.option(id).stream()).toList();
    }

    private Header header(SessionAnswers answers, String label, Instant created) {
        ContentMetadata metadata = kb.metadata();
        String mode = text.text("mode." + (answers.mode() == null ? "PROFILE" : answers.mode().name()));
        return new Header(label == null || label.isBlank() ? text.text("header.noLabel") : label,
                date(created.atZone(zone)), mode, metadata.contentVersion(), date(metadata.lastReviewed()));
    }

    private String date(TemporalAccessor date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()).format(date);
    }

    private List<UrgentSign> urgentSigns(Advice advice) {
        return advice.urgentReasons().stream()
                .map(r -> new UrgentSign(text.text("urgent.sign", r.sign()), text.text("urgent.whatToDo", r.whatToDo()),
                        citations.cite(text.text("urgent.why", r.why()), r.sources())))
                .toList();
    }

    private List<Row> situation(Profile profile, Advice advice) {
        List<Row> rows = new ArrayList<>();
        String site = text.text("site." + profile.site().name());
        rows.add(new Row(text.text("situation.site"),
                List.of(profile.side() == null ? site : site + ", " + text.text("side." + profile.side().name()))));
        List<String> duration = new ArrayList<>();
        duration.add(text.text("situation.durationWeeks", profile.painDurationWeeks()));
        for (DurationReading reading : advice.painDuration().byGuideline()) {
            duration.add(citations.cite(reading.sentence(), reading.sources()));
        }
        rows.add(new Row(text.text("situation.duration"), duration));
        rows.add(new Row(text.text("situation.intensity"),
                List.of(text.text("situation.intensityValue", profile.painIntensity()))));
        rows.add(new Row(text.text("situation.diagnosis"), List.of(advice.conditionName())));
        List<String> tried = profile.priorTreatments().stream().map(this::tried).toList();
        rows.add(new Row(text.text("situation.tried"), tried.isEmpty() ? List.of(text.text("situation.triedNone")) : tried));
        return rows;
    }

    private String tried(PriorTreatment prior) {
        String name = kb.option(prior.option()).map(o -> o.name().in(text.locale())).orElse(prior.option());
        String outcome = text.text("outcome." + prior.outcome().name());
        return prior.weeks() == null ? name + ": " + outcome
                : name + ", " + engine.triedFor(prior.weeks(), text.locale()) + ": " + outcome;
    }

    private List<PriorityRating> priorities(Profile profile) {
        List<PriorityRating> ratings = new ArrayList<>();
        for (Map.Entry<Priority, Integer> entry : profile.priorities().entrySet().stream()
                .sorted(Map.Entry.<Priority, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList()) {
            int rating = entry.getValue();
            ratings.add(new PriorityRating(text.text("priority." + entry.getKey().name()), rating,
                    text.text("priorities.value", rating, text.text("rating." + rating))));
        }
        return ratings;
    }

    private Checklist checklist(List<OptionAdvice> compared, Set<String> ticked) {
        boolean unproven = compared.stream()
                .anyMatch(o -> o.isscrQuestionsApply() || o.category() == Category.EXPERIMENTAL);
        if (!unproven) {
            return null;
        }
        List<CheckItem> items = kb.isscrQuestions().stream()
                .map(q -> new CheckItem(citations.cite(q.question().in(text.locale()), q.sources()),
                        ticked.contains(q.id())))
                .toList();
        return new Checklist(text.text("checklist.intro"), items);
    }

    private List<String> sure(SureAnswers sure, String leaning) {
        List<String> lines = new ArrayList<>();
        if (sure.allAnswered()) {
            lines.add(text.text("sure.score", sure.score(), SureAnswers.MAX_SCORE));
            lines.add(text.text(sure.positiveForConflict() ? "sure.conflict" : "sure.ready"));
        } else if (!sure.equals(SureAnswers.unanswered())) {
            lines.add(text.text("sure.partly", sure.score()));
        } else {
            lines.add(text.text("sure.notAnswered"));
        }
        lines.add(leaning == null ? text.text("sure.unsure")
                : text.text("sure.leaning", kb.option(leaning).map(o -> o.name().in(text.locale())).orElse(leaning)));
        return lines;
    }

    private Notes notes(SessionAnswers answers) {
        List<String> clinician = answers.clinicianNotes().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> text.text("notes.step", e.getKey(), e.getValue()))
                .toList();
        String patient = answers.patientNotes() == null || answers.patientNotes().isBlank() ? null
                : answers.patientNotes();
        return new Notes(clinician, patient);
    }

    private List<String> about() {
        ContentMetadata metadata = kb.metadata();
        Locale locale = text.locale();
        return List.of(metadata.whatItIs().in(locale), metadata.whatItIsNot().in(locale),
                text.text("about.funding", metadata.funding().in(locale)),
                text.text("about.updatePolicy", metadata.updatePolicy().in(locale)),
                text.text("about.notAdvice"));
    }
}
