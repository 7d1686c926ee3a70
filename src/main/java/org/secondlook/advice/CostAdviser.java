package org.secondlook.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.secondlook.knowledge.Cost;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.Region;
import org.secondlook.knowledge.Source;

/** Prices for an option, the person's region first, and what they mean against the person's budget and insurance. */
final class CostAdviser {

    private static final String BUDGET_CURRENCY = "USD";

    private final KnowledgeBase kb;
    private final AdviceText text;

    CostAdviser(KnowledgeBase kb, AdviceText text) {
        this.kb = kb;
        this.text = text;
    }

    CostAdvice advise(List<Cost> costs, Profile profile) {
        Optional<Region> home = regionOf(profile.country());
        List<Cost> ordered = costs.stream()
                .sorted(Comparator.comparing((Cost c) -> home.isEmpty() || c.region() != home.get()))
                .toList();
        List<String> notes = new ArrayList<>();
        BudgetFit fit = budgetFit(ordered, profile.budget(), notes);
        insuranceNotes(ordered, home, profile.insured(), notes);
        sourceNotes(ordered, home, notes);
        List<CostLine> lines = ordered.stream().map(c -> line(c, home)).toList();
        return new CostAdvice(lines, notes, fit);
    }

    private BudgetFit budgetFit(List<Cost> ordered, Budget budget, List<String> notes) {
        Optional<Cost> priced = ordered.stream().filter(Cost::hasFigures).findFirst();
        if (priced.isEmpty()) {
            notes.add(text.text("cost.noPrice"));
            return BudgetFit.NO_PRICE;
        }
        Cost cost = priced.get();
        if (budget == null || budget == Budget.NOT_SURE) {
            return BudgetFit.CANNOT_COMPARE;
        }
        if (!BUDGET_CURRENCY.equals(cost.currency())) {
            notes.add(text.text("cost.otherCurrency", cost.currency()));
            return BudgetFit.CANNOT_COMPARE;
        }
        String per = cost.per() == null ? "" : cost.per().in(text.locale());
        // "Over 10,000" has no ceiling we know: only prices up to 10,000 are surely within it.
        long ceiling = budget == Budget.OVER_10000 ? Budget.UNDER_10000.ceilingUsd() : budget.ceilingUsd();
        boolean openTop = budget == Budget.OVER_10000;
        if (cost.min() != null) {
            return compare(cost.min(), ceiling, openTop, "cost.lowestWithin", "cost.lowestAbove", cost, per, notes);
        }
        if (cost.mean() != null) {
            return compare(cost.mean(), ceiling, openTop, "cost.averageWithin", "cost.averageAbove", cost, per, notes);
        }
        // Only a top price: below the ceiling it surely fits; above it we cannot tell.
        return compare(cost.max(), ceiling, true, "cost.highestWithin", null, cost, per, notes);
    }

    private BudgetFit compare(double price, long ceiling, boolean cannotTellAbove, String withinKey, String aboveKey,
            Cost cost, String per, List<String> notes) {
        if (price <= ceiling) {
            notes.add(text.text(withinKey, cost.currency(), price, per));
            return BudgetFit.WITHIN;
        }
        if (cannotTellAbove) {
            notes.add(text.text("cost.checkAgainstBudget", cost.currency(), price, per));
            return BudgetFit.CANNOT_COMPARE;
        }
        notes.add(text.text(aboveKey, cost.currency(), price, per));
        return BudgetFit.ABOVE;
    }

    private void insuranceNotes(List<Cost> ordered, Optional<Region> home, Boolean insured, List<String> notes) {
        List<Cost> relevant = ordered.stream().filter(c -> home.isEmpty() || c.region() == home.get()).toList();
        List<InsuranceStance> stances = (relevant.isEmpty() ? ordered : relevant).stream()
                .map(c -> InsuranceStance.of(c.insurance())).toList();
        if (stances.contains(InsuranceStance.EXPERIMENTAL_NOT_COVERED)) {
            notes.add(text.text("cost.insurerExperimental"));
        } else if (stances.contains(InsuranceStance.NOT_COVERED)) {
            notes.add(text.text("cost.notCovered"));
        }
        if (Boolean.FALSE.equals(insured) && !ordered.isEmpty()) {
            notes.add(text.text("cost.uninsured"));
        }
        if (Boolean.TRUE.equals(insured) && ordered.stream().anyMatch(Cost::hasFigures)) {
            notes.add(text.text("cost.beforeInsurance"));
        }
    }

    private void sourceNotes(List<Cost> ordered, Optional<Region> home, List<String> notes) {
        if (!ordered.isEmpty() && ordered.stream().noneMatch(c -> home.isPresent() && c.region() == home.get())) {
            String regions = ordered.stream().map(Cost::region).distinct().map(this::regionName)
                    .collect(Collectors.joining(", "));
            notes.add(text.text("cost.otherRegion", regions));
        }
        if (ordered.stream().anyMatch(c -> c.hasFigures() && !c.verified())) {
            notes.add(text.text("cost.unverified"));
        }
        if (ordered.stream().anyMatch(this::lowQualitySource)) {
            notes.add(text.text("cost.lowQuality"));
        }
    }

    private CostLine line(Cost cost, Optional<Region> home) {
        return new CostLine(cost.region(), home.isPresent() && cost.region() == home.get(), cost.currency(),
                cost.min(), cost.max(), cost.mean(), cost.per() == null ? null : cost.per().in(text.locale()),
                cost.insurance() == null ? null : cost.insurance().in(text.locale()), cost.verified(),
                lowQualitySource(cost), cost.sourceYear(), cost.sources());
    }

    private boolean lowQualitySource(Cost cost) {
        return cost.sources().stream().map(kb::source).flatMap(Optional::stream).anyMatch(Source::lowQuality);
    }

    private String regionName(Region region) {
        return switch (region) {
            case US -> text.text("region.us");
            case MEXICO -> text.text("region.mexico");
            case UK -> text.text("region.uk");
        };
    }

    private static Optional<Region> regionOf(Country country) {
        if (country == null) {
            return Optional.empty();
        }
        return switch (country) {
            case US -> Optional.of(Region.US);
            case MEXICO -> Optional.of(Region.MEXICO);
            case UK -> Optional.of(Region.UK);
            case OTHER -> Optional.empty();
        };
    }
}
