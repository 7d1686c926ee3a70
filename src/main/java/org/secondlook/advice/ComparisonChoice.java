package org.secondlook.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.secondlook.knowledge.Category;

/**
 * Which options go side by side, and in what order. The person's own picks are kept; with none, a balanced
 * default: the best-fitting options guidelines back (topped up with other options that are not experimental when
 * guidelines back fewer than two), then one experimental option (the one the person leans
 * towards, or else the cell therapy people most ask about for the condition). Columns follow the engine's order,
 * so an experimental option never comes before an established one.
 */
final class ComparisonChoice {

    static final int MAX_COMPARED = 4;
    private static final int DEFAULT_BACKED = 2;

    private ComparisonChoice() {
    }

    /**
     * The ids to compare; {@code chosen} ids that are not options of the advice are dropped.
     *
     * @param mostAskedAbout the experimental option people most often come to read about for the condition, or null
     */
    static List<String> of(Advice advice, List<String> chosen, String leaning, String mostAskedAbout) {
        Set<String> picks = new LinkedHashSet<>();
        chosen.stream().filter(id -> advice.option(id).isPresent()).limit(MAX_COMPARED).forEach(picks::add);
        if (picks.isEmpty()) {
            picks.addAll(balancedDefault(advice, leaning, mostAskedAbout));
        }
        return advice.options().stream().map(OptionAdvice::id).filter(picks::contains).toList();
    }

    private static List<String> balancedDefault(Advice advice, String leaning, String mostAskedAbout) {
        OptionAdvice leaned = leaning == null ? null : advice.option(leaning).orElse(null);
        List<String> picks = new ArrayList<>();
        if (leaned != null && leaned.category() != Category.EXPERIMENTAL) {
            picks.add(leaned.id());
        }
        fill(picks, advice.options().stream()
                .filter(o -> o.category() == Category.ESTABLISHED || o.category() == Category.SOME_GUIDELINES));
        // A condition with fewer guideline-backed options still gets a balance: the next options in order that are
        // not experimental (e.g. self-care beside the surgery people are deciding about).
        fill(picks, advice.options().stream().filter(o -> o.category() != Category.EXPERIMENTAL));
        if (leaned != null && leaned.category() == Category.EXPERIMENTAL) {
            picks.add(leaned.id());
        } else if (mostAskedAbout != null) {
            picks.add(mostAskedAbout);
        }
        return picks;
    }

    private static void fill(List<String> picks, Stream<OptionAdvice> candidates) {
        candidates.map(OptionAdvice::id)
                .filter(id -> !picks.contains(id))
                .limit(Math.max(0, DEFAULT_BACKED - picks.size()))
                .forEach(picks::add);
    }
}
