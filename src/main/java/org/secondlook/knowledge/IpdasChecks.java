package org.secondlook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The machine-checkable parts of the IPDAS checks and of balance, per option row of a condition: a category rests on
 * a confirmed guideline line; every row states its benefit and its harms (or says they were not studied); pain is
 * given on one scale within a row; every figure has a time frame or says it is not stated; certainty is graded for
 * experimental options and its "Why?" gives a reason rather than repeating the label.
 */
final class IpdasChecks {

    /** Bodies whose advice counts as a guideline position; trials, regulators and makers do not. */
    static final Set<String> GUIDELINE_BODIES = Set.of("NICE", "ACP", "BMJ 2025", "BMJ 2017", "ACR", "OARSI", "AAOS");

    /** The exact words a figure uses when its source gives no time frame. */
    static final String NOT_STATED = "not stated";

    private static final Pattern TIME = Pattern.compile("\\d|(?i:\\bright after\\b)");
    private static final Pattern PAIN_ON_100 = Pattern.compile(
            "(?i)\\bpain\\b(?:[^.]|\\.(?=\\d))*(\\bpoints? (out )?of 100\\b|\\b0 to 100\\b|/100\\b)");
    private static final Pattern PAIN_ON_10 = Pattern.compile(
            "(?i)\\bpain\\b(?:[^.]|\\.(?=\\d))*(\\bpoints? (out )?of 10\\b|\\b0 to 10\\b|/10\\b)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final List<Problem> problems = new ArrayList<>();

    static List<Problem> check(KnowledgeBase kb) {
        IpdasChecks checks = new IpdasChecks();
        List<Condition> conditions = kb.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            List<ConditionOption> options = conditions.get(i).options();
            for (int o = 0; o < options.size(); o++) {
                checks.row("/conditions/" + i + "/options/" + o, options.get(o));
            }
        }
        return List.copyOf(checks.problems);
    }

    private void row(String place, ConditionOption row) {
        category(place, row);
        if (row.benefit() == null) {
            add(place + "/benefit", "state the benefit, or say plainly that it was not studied or is not in our sources");
        }
        if (row.harms() == null) {
            add(place + "/harms", "state the harms, or say plainly that they were not studied or are not in our sources");
        }
        oneScaleForPain(place, row);
        for (int n = 0; n < row.outOf100().size(); n++) {
            timeFrame(place + "/outOf100/" + n + "/timeFrame", row.outOf100().get(n).timeFrame());
        }
        for (int m = 0; m < row.meanResults().size(); m++) {
            timeFrame(place + "/meanResults/" + m + "/timeFrame", row.meanResults().get(m).timeFrame());
        }
        certainty(place + "/certainty", row);
    }

    private void category(String place, ConditionOption row) {
        if (row.category() != Category.ESTABLISHED && row.category() != Category.SOME_GUIDELINES) {
            return;
        }
        boolean backed = row.guidelines().stream()
                .anyMatch(g -> GUIDELINE_BODIES.contains(g.body()) && !g.says().unconfirmed());
        if (!backed) {
            add(place + "/category", row.category() + " needs at least one confirmed line from a guideline ("
                    + String.join(", ", GUIDELINE_BODIES.stream().sorted().toList())
                    + "); use NO_CLEAR_GUIDELINE when our sources hold none");
        }
    }

    /** Pain figures in a row are shown on 0 to 10; text that gives pain on 0 to 100 beside them mixes denominators. */
    private void oneScaleForPain(String place, ConditionOption row) {
        boolean tenFromFigures = row.meanResults().stream().anyMatch(r -> r.onTenPointScale().isPresent());
        boolean ten = tenFromFigures;
        boolean hundred = false;
        for (Fact fact : new Fact[] {row.benefit(), row.harms()}) {
            if (fact != null) {
                String english = fact.text().english();
                ten |= PAIN_ON_10.matcher(english).find();
                hundred |= PAIN_ON_100.matcher(english).find();
            }
        }
        if (ten && hundred) {
            add(place, "pain is given both on 0 to 10 and on 0 to 100 in one row; "
                    + (tenFromFigures ? "its figures show pain on 0 to 10, so give the text on 0 to 10 too"
                            : "use one scale"));
        }
    }

    private void timeFrame(String place, LocalizedText timeFrame) {
        String english = timeFrame.english();
        if (!TIME.matcher(english).find() && !english.toLowerCase(Locale.ROOT).contains(NOT_STATED)) {
            add(place, "give the time frame (e.g. \"6 months\") or say it is \"" + NOT_STATED + "\": \"" + english + "\"");
        }
    }

    private void certainty(String place, ConditionOption row) {
        CertaintyAssessment certainty = row.certainty();
        if (row.category() == Category.EXPERIMENTAL && certainty.grade() == Certainty.NOT_ASSESSED) {
            add(place + "/grade", "an experimental option needs a grade: the sources' own, VERY_LOW, or NO_GOOD_TRIALS;"
                    + " \"not graded\" beside graded established care reads as better evidence");
        }
        boolean reasonGiven = SENTENCE_END.splitAsStream(certainty.reason().text().english().strip())
                .anyMatch(sentence -> !isLabel(sentence));
        if (!reasonGiven) {
            add(place + "/reason", "\"Why?\" must give the reason for the grade, not repeat it");
        }
    }

    private static boolean isLabel(String sentence) {
        String s = sentence.strip();
        if (s.equalsIgnoreCase("Our sources do not grade this.")) {
            return true;
        }
        for (Certainty grade : Certainty.values()) {
            if (s.equalsIgnoreCase(grade.plainEnglish())) {
                return true;
            }
        }
        return false;
    }

    private void add(String place, String message) {
        problems.add(new Problem(ContentFiles.CONDITIONS, place, message));
    }
}
