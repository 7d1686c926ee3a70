package org.secondlook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.secondlook.advice.CostLine;
import org.secondlook.text.Money;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.advice.RegulatoryLine;
import org.secondlook.advice.TriedBefore;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.Fact;
import org.secondlook.knowledge.GuidelinePosition;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.LocalizedText;
import org.secondlook.knowledge.MarketingClaim;
import org.secondlook.knowledge.MeanResult;
import org.secondlook.knowledge.OutOf100;
import org.secondlook.knowledge.TreatmentOption;
import org.secondlook.report.SummaryModel.ClaimCheck;
import org.secondlook.report.SummaryModel.IconArray;
import org.secondlook.report.SummaryModel.IconGroup;
import org.secondlook.report.SummaryModel.Numbers;
import org.secondlook.report.SummaryModel.OptionPart;
import org.secondlook.report.SummaryModel.OptionSummary;
import org.secondlook.report.SummaryModel.Row;

/** Words one compared option with the same rows, in the same order, as every other option. */
final class OptionSummaryBuilder {

    private final KnowledgeBase kb;
    private final SummaryText text;
    private final Citations citations;
    private final NumberWords numbers;
    private final Locale locale;

    OptionSummaryBuilder(KnowledgeBase kb, SummaryText text, Citations citations) {
        this.kb = kb;
        this.text = text;
        this.citations = citations;
        this.numbers = new NumberWords(text.locale());
        this.locale = text.locale();
    }

    OptionSummary build(OptionAdvice advice, ConditionOption standing, boolean leaning) {
        TreatmentOption option = kb.option(advice.id()).orElseThrow();
        List<OptionPart> parts = new ArrayList<>();
        parts.add(row("row.why", List.of(advice.whyShown())));
        parts.add(row("row.involves", List.of(fact(option.whatItInvolves()))));
        parts.add(row("row.benefit", List.of(fact(standing.benefit()))));
        parts.add(numbers(standing));
        parts.add(row("row.harms", List.of(fact(standing.harms()))));
        parts.add(row("row.certainty", certainty(advice)));
        parts.add(row("row.timeToEffect", List.of(fact(option.timeToEffect()))));
        parts.add(row("row.recovery", List.of(fact(option.recovery()))));
        parts.add(row("row.sessions", List.of(fact(advice.sessions()))));
        parts.add(row("row.cost", costLines(advice)));
        if (!advice.regulatory().isEmpty()) {
            parts.add(row("row.approval", advice.regulatory().stream().map(this::regulatory).toList()));
        }
        parts.add(row("row.guidelines", guidelines(standing.guidelines())));
        List<String> experience = new ArrayList<>(advice.alreadyTried().stream().map(TriedBefore::sentence).toList());
        experience.addAll(advice.notes());
        if (!experience.isEmpty()) {
            parts.add(row("row.yourExperience", experience));
        }
        List<ClaimCheck> claims = advice.category() == Category.EXPERIMENTAL ? claims(advice.claims()) : List.of();
        return new OptionSummary(advice.name(), text.text("category." + advice.category().name()),
                advice.category() == Category.EXPERIMENTAL, leaning, parts, claims);
    }

    /** Lines that say the same thing (such as two "no price" notes) are printed once. */
    private Row row(String labelKey, List<String> lines) {
        return new Row(text.text(labelKey), lines.stream().distinct().toList());
    }

    private List<String> certainty(OptionAdvice advice) {
        String wording = advice.certainty().wording();
        String reason = advice.certainty().reason();
        if (reason == null || reason.isBlank()) {
            return List.of(wording);
        }
        String cited = citations.cite(reason, advice.certainty().sources());
        return reason.strip().equals(wording.strip()) ? List.of(cited) : List.of(wording, cited);
    }

    private String fact(Fact fact) {
        if (fact == null) {
            return text.text("notInSources");
        }
        return citations.cite(words(fact.text()), fact.sources());
    }

    private String words(LocalizedText localized) {
        return localized == null ? "" : localized.in(locale);
    }

    private Numbers numbers(ConditionOption standing) {
        List<IconArray> arrays = standing.outOf100().stream().map(this::iconArray).toList();
        String note = text.text(arrays.isEmpty() ? "noOutOf100" : "outOf100.key");
        List<String> lines = new ArrayList<>();
        for (MeanResult result : standing.meanResults()) {
            lines.add(meanResult(result.onTenPointScale().orElse(result)));
        }
        return new Numbers(text.text("row.numbers"), note, arrays, lines);
    }

    private IconArray iconArray(OutOf100 result) {
        List<IconGroup> groups = new ArrayList<>();
        groups.add(group(result.treatedGroup(), result.treated()));
        if (result.comparison() != null) {
            groups.add(group(result.comparisonGroup(), result.comparison()));
        }
        String detail = citations.cite(text.text("outOf100.when", words(result.timeFrame()),
                words(result.population())), result.sources());
        return new IconArray(words(result.label()), detail, groups);
    }

    private IconGroup group(LocalizedText group, double outOf100) {
        return new IconGroup(words(group), outOf100, text.text("outOf100.people", numbers.format(outOf100)));
    }

    private String meanResult(MeanResult result) {
        String max = numbers.format(result.scale().maximum());
        String when = words(result.timeFrame());
        String sentence;
        if (result.difference() != null && result.lowerBound() != null && result.upperBound() != null) {
            sentence = text.text("mean.differenceRange", words(result.measure()), numbers.signed(result.difference()),
                    max, numbers.signed(result.lowerBound()), numbers.signed(result.upperBound()),
                    words(result.treatedGroup()), words(result.comparisonGroup()), when);
        } else if (result.difference() != null) {
            sentence = text.text("mean.difference", words(result.measure()), numbers.signed(result.difference()),
                    max, words(result.treatedGroup()), words(result.comparisonGroup()), when);
        } else if (result.treated() != null && result.comparison() != null) {
            sentence = text.text("mean.groups", words(result.measure()), numbers.format(result.treated()),
                    words(result.treatedGroup()), numbers.format(result.comparison()),
                    words(result.comparisonGroup()), max, when);
        } else if (result.treated() != null) {
            sentence = text.text("mean.single", words(result.measure()), numbers.format(result.treated()),
                    words(result.treatedGroup()), max, when);
        } else {
            return words(result.measure()) + ": " + text.text("notInSources");
        }
        sentence += " " + text.text(result.scale().higherIsBetter() ? "mean.higherIsBetter" : "mean.lowerIsBetter");
        sentence = citations.cite(sentence, result.sources());
        if (result.meaningfulDifference() != null) {
            sentence += " " + text.text("mean.meaningful", numbers.format(result.meaningfulDifference()));
        } else if (result.scale().isPain()) {
            sentence += " " + fact(kb.meaningfulDifference());
        }
        return sentence;
    }

    private List<String> costLines(OptionAdvice advice) {
        List<String> lines = new ArrayList<>();
        for (CostLine cost : advice.cost().lines()) {
            List<String> parts = new ArrayList<>();
            String region = text.text("region." + cost.region().name());
            boolean priced = cost.min() != null || cost.max() != null || cost.mean() != null;
            parts.add(priced && cost.per() != null ? text.text("cost.line", region, price(cost), cost.per())
                    : text.text("cost.lineNoPer", region, price(cost)));
            if (cost.insurance() != null) {
                parts.add(text.text("cost.insurance", cost.insurance()));
            }
            if (cost.year() != null) {
                parts.add(text.text("cost.year", String.valueOf(cost.year())));
            }
            parts.add(text.text(cost.verified() ? "cost.checked" : "cost.unchecked") + ".");
            lines.add(citations.cite(String.join(" ", parts), cost.sources()));
        }
        if (lines.isEmpty()) {
            lines.add(text.text("cost.none"));
        }
        lines.addAll(advice.cost().notes());
        return lines;
    }

    private String price(CostLine cost) {
        String figures = Money.figures(cost.min(), cost.max(), cost.mean(), cost.currency(), text);
        return figures == null ? text.text("cost.noFigure") : figures;
    }

    private String regulatory(RegulatoryLine line) {
        return citations.cite(text.text("regulator.line", line.regulator().name(), line.status()), line.sources());
    }

    private List<String> guidelines(List<GuidelinePosition> positions) {
        if (positions.isEmpty()) {
            return List.of(text.text("notInSources"));
        }
        return positions.stream()
                .map(p -> citations.cite(text.text("regulator.line", p.body(), words(p.says().text())),
                        p.says().sources()))
                .toList();
    }

    private List<ClaimCheck> claims(List<MarketingClaim> claims) {
        return claims.stream()
                .map(c -> new ClaimCheck(text.text("claims.claim", words(c.claim())),
                        text.text("claims.verdict", text.text("verdict." + c.verdict().name())),
                        text.text("claims.evidence", fact(c.evidence()))))
                .toList();
    }
}
