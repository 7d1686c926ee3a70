package org.secondlook.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import org.secondlook.advice.Advice;
import org.secondlook.advice.Decision;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.StepId;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.DurationReading;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
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
import org.secondlook.session.NoteKey;
import org.secondlook.session.SessionAnswers;
import org.secondlook.text.Money;
import org.secondlook.text.Terms;
import org.secondlook.advice.SureAnswers;

/** Gathers a session's answers, the advice and the evidence content into the words of the printed summary. */
public final class SummaryBuilder {

    private final KnowledgeBase kb;
    private final AdviceEngine engine;
    private final SummaryText text;
    private static final Comparator<NoteKey> NOTE_ORDER = Comparator.comparing((NoteKey key) -> key.step())
            .thenComparing(NoteKey::toString);

    private final Citations citations = new Citations();
    private final Terms terms;
    private final ZoneId zone;

    private SummaryBuilder(KnowledgeBase kb, AdviceEngine engine, Locale locale, ZoneId zone) {
        this.kb = kb;
        this.engine = engine;
        this.text = new SummaryText(locale);
        this.terms = new Terms(locale);
        this.zone = zone;
    }

    /**
     * The summary of one session's answers, dated in the system's time zone: the engine's decision for those answers
     * (the same the screens show), worded for paper.
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
        Decision decision = engine.decide(answers.profile(), answers.comparedOptions(), answers.sure(), answers.travel(),
                locale);
        return new SummaryBuilder(kb, engine, locale, ZoneId.systemDefault()).summary(decision, answers, label, created);
    }

    /** Answers holding only a profile, for a summary made from a profile file (no notes, SURE or checklist). */
    public static SessionAnswers profileOnly(Profile profile) {
        return SessionAnswers.start(null).withProfile(profile).atStep(StepId.LAST);
    }

    private SummaryModel summary(Decision decision, SessionAnswers answers, String label, Instant created) {
        Locale locale = text.locale();
        Profile profile = answers.profile();
        Advice advice = decision.advice();
        List<OptionAdvice> compared = decision.injuryFirst() ? List.of() : decision.compared();
        OptionSummaryBuilder optionBuilder = new OptionSummaryBuilder(kb, text, citations);
        List<OptionSummary> options = compared.stream()
                .map(o -> optionBuilder.build(o, standing(advice, o), o.id().equals(profile.leaning())))
                .toList();
        return new SummaryModel(locale, header(answers, label, created), urgentSigns(advice),
                situation(answers, advice), priorities(profile), options,
                decision.injuryFirst() ? List.of() : otherOptions(decision), decision.injuryFirst(),
                checklist(compared, answers.checklist()),
                questions(decision), sure(answers.sure(), profile.leaning()), notes(answers, advice),
                decision.nextSteps(), citations.entries(kb, text), about());
    }

    /** The options not compared, each in one line, so the paper names every option the screen lists. */
    private List<String> otherOptions(Decision decision) {
        return decision.advice().options().stream()
                .filter(option -> !decision.comparison().contains(option.id()))
                .map(option -> text.text("other.line", option.name(), text.text("category." + option.category().name()),
                        withoutFullStop(option.certainty().wording()), typicalCost(option)))
                .toList();
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private String typicalCost(OptionAdvice option) {
        return option.cost().lines().stream()
                .map(line -> {
                    String figures = Money.figures(line.min(), line.max(), line.mean(), line.currency(), text);
                    return figures == null ? null : line.per() == null ? figures : text.text("other.costPer", figures, line.per());
                })
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(text.text("other.noPrice"));
    }

    private ConditionOption standing(Advice advice, OptionAdvice option) {
        return kb.condition(advice.conditionId()).flatMap(c -> c.option(option.id())).orElseThrow();
    }

    private Header header(SessionAnswers answers, String label, Instant created) {
        ContentMetadata metadata = kb.metadata();
        String mode = text.mode(answers.mode());
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

    private List<Row> situation(SessionAnswers answers, Advice advice) {
        Profile profile = answers.profile();
        List<Row> rows = new ArrayList<>();
        String site = text.text("site." + profile.site().name());
        rows.add(new Row(text.text("situation.site"),
                List.of(profile.side() == null ? site : site + ", " + text.text("side." + profile.side().name()))));
        List<String> duration = new ArrayList<>();
        DurationAnswer given = answers.duration();
        duration.add(given == null ? text.text("situation.notGiven")
                : terms.duration(given.amount(), given.unit().name()));
        for (DurationReading reading : advice.painDuration().byGuideline()) {
            duration.add(citations.cite(reading.sentence(), reading.sources()));
        }
        rows.add(new Row(text.text("situation.duration"), duration));
        rows.add(new Row(text.text("situation.intensity"),
                List.of(text.text("situation.intensityValue", profile.painIntensity()))));
        rows.add(new Row(text.text("situation.diagnosis"), List.of(advice.conditionName())));
        List<String> tried = profile.priorTreatments().stream().map(this::tried).toList();
        rows.add(new Row(text.text("situation.tried"), tried.isEmpty() ? List.of(text.text("situation.triedNone")) : tried));
        OutOfPocket.Travel travel = answers.travel();
        if (travel != null && travel.total() > 0) {
            rows.add(new Row(text.text("situation.travel"), List.of(text.text("situation.travelValue",
                    dollars(travel.flights()), dollars(travel.stay()), dollars(travel.companion()), dollars(travel.total())))));
        }
        return rows;
    }

    /** Travel is entered in US dollars; the shared money formatter writes it as screen and paper write prices. */
    private String dollars(double amount) {
        return Money.amount(amount, OutOfPocket.TRAVEL_CURRENCY, text);
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

    /** The stem-cell clinic checklist, only when a compared option is a cell therapy; ticked as on the screen. */
    private Checklist checklist(List<OptionAdvice> compared, Set<String> ticked) {
        List<String> cellTherapies = compared.stream().filter(OptionAdvice::isscrQuestionsApply)
                .map(OptionAdvice::id).toList();
        if (cellTherapies.isEmpty()) {
            return null;
        }
        List<CheckItem> items = kb.isscrQuestions().stream()
                .map(q -> new CheckItem(citations.cite(q.question().in(text.locale()), q.sources()),
                        cellTherapies.stream().anyMatch(id -> ticked.contains(id + ":" + q.id()))))
                .toList();
        return new Checklist(text.text("checklist.intro"), items);
    }

    /** The questions the last step shows first, then how many more it shows under "show all". */
    private List<String> questions(Decision decision) {
        List<String> questions = new ArrayList<>(decision.questionsFirst());
        int more = decision.questions().size() - questions.size();
        if (more > 0) {
            questions.add(text.text("questions.more", more));
        }
        return questions;
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

    private Notes notes(SessionAnswers answers, Advice advice) {
        List<String> clinician = answers.clinicianNotes().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey(NOTE_ORDER))
                .map(e -> text.text("notes.about", about(e.getKey(), advice), e.getValue()))
                .toList();
        String patient = answers.patientNotes() == null || answers.patientNotes().isBlank() ? null
                : answers.patientNotes();
        return new Notes(clinician, patient);
    }

    /** What a note is about, by the name people read: the step's title, or the option's name. */
    private String about(NoteKey key, Advice advice) {
        if (key.optionId() == null) {
            return terms.step(key.step().id());
        }
        return advice.option(key.optionId()).map(OptionAdvice::name)
                .or(() -> kb.option(key.optionId()).map(o -> o.name().in(text.locale())))
                .orElse(key.optionId());
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
