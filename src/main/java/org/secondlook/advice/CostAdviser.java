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
    private final OutOfPocket.Travel travel;

    /** @param travel what the person entered for travel, in US dollars; the estimate adds it, so the budget does too */
    CostAdviser(KnowledgeBase kb, AdviceText text, OutOfPocket.Travel travel) {
        this.kb = kb;
        this.text = text;
        this.travel = travel;
    }

    /** @param travelAbroad true when people often travel abroad for the option, so travel would add to the cost */
    CostAdvice advise(List<Cost> costs, Profile profile, boolean travelAbroad) {
        Optional<Region> home = regionOf(profile.country());
        List<Cost> ordered = costs.stream()
                .sorted(Comparator.comparing((Cost c) -> home.isEmpty() || c.region() != home.get()))
                .toList();
        List<String> notes = new ArrayList<>();
        BudgetFit fit = budgetFit(ordered, home, profile, travelAbroad, notes);
        insuranceNotes(ordered, home, profile.insured(), notes);
        sourceNotes(ordered, home, notes);
        List<CostLine> lines = ordered.stream().map(c -> line(c, home)).toList();
        return new CostAdvice(lines, notes, fit);
    }

    /**
     * Compares the budget with a usual course: the price of one {@code per} times the usual count where the sources
     * give it, never the lowest price of one session alone, plus the travel entered, as the estimate on screen adds
     * it. Says which figures were used.
     */
    private BudgetFit budgetFit(List<Cost> ordered, Optional<Region> home, Profile profile, boolean travelAbroad,
            List<String> notes) {
        List<Cost> priced = ordered.stream().filter(Cost::hasFigures).toList();
        if (priced.isEmpty()) {
            notes.add(text.text("cost.noPrice"));
            return BudgetFit.NO_PRICE;
        }
        Budget budget = profile.budget();
        if (budget == null || budget == Budget.NOT_SURE) {
            return BudgetFit.CANNOT_COMPARE;
        }
        List<Cost> inDollars = priced.stream().filter(c -> BUDGET_CURRENCY.equals(c.currency())).toList();
        if (inDollars.isEmpty()) {
            notes.add(text.text("cost.otherCurrency", priced.get(0).currency()));
            return BudgetFit.CANNOT_COMPARE;
        }
        List<Cost> used = inDollars.stream().filter(c -> home.isPresent() && c.region() == home.get()).toList();
        Course course = Course.of(used.isEmpty() ? inDollars : used);
        boolean withTravel = travel.total() > 0;
        List<String> figures = new ArrayList<>(course.parts().stream().map(this::part).toList());
        if (withTravel) {
            figures.add(text.text("cost.travelPart", money(BUDGET_CURRENCY, travel.total(), travel.total())));
        }
        notes.add(text.text("cost.figuresUsed", String.join("; ", figures)));
        if (course.countUnknown()) {
            notes.add(text.text("cost.countUnknown"));
        }
        double low = course.low() + travel.total();
        Double high = course.high() == null ? null : course.high() + travel.total();
        String total = money(BUDGET_CURRENCY, low, high);
        // "Over 10,000" has no ceiling we know: only a course up to 10,000 is surely within it.
        boolean openTop = budget == Budget.OVER_10000;
        long ceiling = openTop ? Budget.UNDER_10000.ceilingUsd() : budget.ceilingUsd();
        BudgetFit fit;
        if (low > ceiling && !openTop) {
            fit = BudgetFit.ABOVE;
        } else if (high != null && high <= ceiling && !course.countUnknown()) {
            fit = BudgetFit.WITHIN;
        } else {
            fit = openTop ? BudgetFit.CANNOT_COMPARE : BudgetFit.MAY_BE_ABOVE;
        }
        notes.add(text.text(switch (fit) {
            case WITHIN -> withTravel ? "cost.courseWithinTravel" : "cost.courseWithin";
            case ABOVE -> withTravel ? "cost.courseAboveTravel" : "cost.courseAbove";
            case MAY_BE_ABOVE -> withTravel ? "cost.courseMayBeAboveTravel" : "cost.courseMayBeAbove";
            default -> withTravel ? "cost.checkAgainstBudgetTravel" : "cost.checkAgainstBudget";
        }, total));
        if (travelAbroad && !withTravel) {
            notes.add(text.text("cost.travelNotIncluded"));
        }
        return fit;
    }

    private String part(Course.Part part) {
        String per = part.cost().per() == null ? "" : part.cost().per().in(text.locale());
        String each = money(part.cost().currency(), part.unitLow(), part.unitHigh());
        return part.count() == null || part.count() == 1 ? text.text("cost.onePart", per, each)
                : text.text("cost.coursePart", part.count(), per, each);
    }

    /** "USD 700", "USD 1,150 to 12,000", "from USD 1,500" without a top price, "up to USD 2,000" without a lowest. */
    private String money(String currency, double low, Double high) {
        if (high == null) {
            return text.text("cost.amountFrom", currency, low);
        }
        if (low == 0) {
            return text.text("cost.amountUpTo", currency, high);
        }
        return low == high ? text.text("cost.amount", currency, low) : text.text("cost.amountRange", currency, low, high);
    }

    /**
     * Insurance as it works where the person lives: what US insurers say is labelled as theirs for people elsewhere,
     * "ask your insurer" is said only where prices are before insurance (the US), and UK figures are NHS costs.
     */
    private void insuranceNotes(List<Cost> ordered, Optional<Region> home, Boolean insured, List<String> notes) {
        List<Cost> relevant = ordered.stream().filter(c -> home.isEmpty() || c.region() == home.get()).toList();
        List<Cost> stated = relevant.isEmpty() ? ordered : relevant;
        boolean elsewhere = home.isPresent() && home.get() != Region.US;
        if (said(stated, InsuranceStance.EXPERIMENTAL_NOT_COVERED, Region.US) && elsewhere) {
            notes.add(text.text("cost.usInsurerExperimental"));
        } else if (said(stated, InsuranceStance.EXPERIMENTAL_NOT_COVERED, null)) {
            notes.add(text.text("cost.insurerExperimental"));
        } else if (said(stated, InsuranceStance.NOT_COVERED, Region.US) && elsewhere) {
            notes.add(text.text("cost.usNotCovered"));
        } else if (said(stated, InsuranceStance.NOT_COVERED, null)) {
            notes.add(text.text("cost.notCovered"));
        }
        if (Boolean.FALSE.equals(insured) && !ordered.isEmpty()) {
            notes.add(text.text("cost.uninsured"));
        }
        boolean pricesBeforeInsurance = home.isEmpty() || home.get() == Region.US;
        if (Boolean.TRUE.equals(insured) && pricesBeforeInsurance && ordered.stream().anyMatch(Cost::hasFigures)) {
            notes.add(text.text("cost.beforeInsurance"));
        }
        if (home.equals(Optional.of(Region.UK)) && relevant.stream().anyMatch(Cost::hasFigures)) {
            notes.add(text.text("cost.nhsCost"));
        }
    }

    /** True when a cost line (of {@code region}, or any when null) takes this stance on insurance. */
    private static boolean said(List<Cost> costs, InsuranceStance stance, Region region) {
        return costs.stream().anyMatch(c -> (region == null || c.region() == region)
                && InsuranceStance.of(c.insurance()) == stance);
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
