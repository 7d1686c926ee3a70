package org.secondlook.report;

import java.util.List;
import java.util.Locale;

/**
 * Everything the printed summary shows, already worded in the summary's language. Clinical numbers and statements
 * come from the knowledge base or the advice engine; source ids in square brackets point into {@link #sources()}.
 *
 * @param otherOptions one line (name, category, certainty, typical cost) for every option of the condition that is not
 *                     compared, in the engine's order: nothing is silently left out
 * @param checklist null when none of the compared options is an unproven (stem-cell type) treatment
 * @param injuryFirst true when a new knee injury is to be checked first: no options are printed, and the page says why
 */
public record SummaryModel(
        Locale locale,
        Header header,
        List<UrgentSign> urgentSigns,
        List<Row> situation,
        List<PriorityRating> priorities,
        List<OptionSummary> options,
        List<String> otherOptions,
        boolean injuryFirst,
        Checklist checklist,
        List<String> questions,
        List<String> sure,
        Notes notes,
        List<String> nextSteps,
        List<SourceEntry> sources,
        List<String> about) {

    public SummaryModel {
        urgentSigns = List.copyOf(urgentSigns);
        situation = List.copyOf(situation);
        priorities = List.copyOf(priorities);
        options = List.copyOf(options);
        otherOptions = List.copyOf(otherOptions);
        questions = List.copyOf(questions);
        sure = List.copyOf(sure);
        nextSteps = List.copyOf(nextSteps);
        sources = List.copyOf(sources);
        about = List.copyOf(about);
    }

    public boolean urgent() {
        return !urgentSigns.isEmpty();
    }

    /** Who and when; {@code date} is also printed on every page. */
    public record Header(String label, String date, String mode, String contentVersion, String lastReviewed) {
    }

    public record UrgentSign(String sign, String whatToDo, String why) {
    }

    /** A labelled piece of text: one paragraph per line. */
    public record Row(String label, List<String> lines) implements OptionPart {
        public Row {
            lines = List.copyOf(lines);
        }
    }

    /** One rated priority: 0 (does not matter) to 4 (matters a lot), and the rating in words. */
    public record PriorityRating(String priority, int rating, String words) {
    }

    /** One compared option, with the same rows for every option; {@code claims} only for experimental options. */
    public record OptionSummary(String name, String category, boolean experimental, boolean leaning,
            List<OptionPart> parts,
            List<ClaimCheck> claims) {
        public OptionSummary {
            parts = List.copyOf(parts);
            claims = List.copyOf(claims);
        }
    }

    /** A row of an option: text, or numbers with icon arrays. */
    public sealed interface OptionPart permits Row, Numbers {
    }

    /**
     * Results as people out of 100 (drawn as icon arrays) and average results, under one label; {@code note} explains
     * the icons, or says that the sources give no "out of 100" figure.
     */
    public record Numbers(String label, String note, List<IconArray> arrays, List<String> lines)
            implements OptionPart {
        public Numbers {
            arrays = List.copyOf(arrays);
            lines = List.copyOf(lines);
        }
    }

    /** One result out of 100 people, for the treated group and, when the source has one, a comparison group. */
    public record IconArray(String title, String detail, List<IconGroup> groups) {
        public IconArray {
            groups = List.copyOf(groups);
        }
    }

    /** {@code outOf100} is the source's figure; {@code text} says it in words ("8.6 out of 100 people"). */
    public record IconGroup(String group, double outOf100, String text) {
    }

    public record ClaimCheck(String claim, String verdict, String evidence) {
    }

    public record Checklist(String intro, List<CheckItem> items) {
        public Checklist {
            items = List.copyOf(items);
        }
    }

    public record CheckItem(String question, boolean ticked) {
    }

    /** Clinician notes as "step: note" lines; {@code patient} null when there are none. */
    public record Notes(List<String> clinician, String patient) {
        public Notes {
            clinician = List.copyOf(clinician);
        }
    }

    public record SourceEntry(String id, String citation) {
    }
}
