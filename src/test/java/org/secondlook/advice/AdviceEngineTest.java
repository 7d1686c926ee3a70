package org.secondlook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.advice.TestProfile.KB;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Certainty;
import org.secondlook.knowledge.Condition;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.Invasiveness;
import org.secondlook.knowledge.OptionKind;
import org.secondlook.knowledge.Regulator;
import org.secondlook.knowledge.TreatmentOption;

class AdviceEngineTest {

    private static final AdviceEngine ENGINE = new AdviceEngine(KB);

    /** Every diagnosis on every site it applies to: all conditions, including "not diagnosed" for each site. */
    static Stream<TestProfile> everyCondition() {
        return Arrays.stream(Site.values()).flatMap(site -> Arrays.stream(Diagnosis.values())
                .filter(d -> d.appliesTo(site)).map(d -> TestProfile.of(site, d)));
    }

    private static Advice advise(TestProfile profile) {
        return ENGINE.advise(profile.build(), null, Locale.ENGLISH);
    }

    private static TreatmentOption option(String id) {
        return KB.option(id).orElseThrow();
    }

    private static ConditionOption standing(Advice advice, String optionId) {
        return KB.condition(advice.conditionId()).flatMap(c -> c.option(optionId)).orElseThrow();
    }

    private static FitNote fitNote(OptionAdvice option, Priority priority) {
        return option.fit().stream().filter(n -> n.priority() == priority).findFirst()
                .orElseThrow(() -> new AssertionError(option.id() + " has no note for " + priority));
    }

    @Test
    void theDiagnosesCoverEveryConditionInTheContent() {
        Set<String> reached = everyCondition().map(p -> advise(p).conditionId()).collect(Collectors.toSet());
        assertEquals(KB.conditions().stream().map(Condition::id).collect(Collectors.toSet()), reached);
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void nothingIsHidden(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.AVOID_SURGERY, 4).rate(Priority.AVOID_NEEDLES, 4));
        Set<String> expected = KB.optionsFor(advice.conditionId()).stream().map(ConditionOption::option)
                .collect(Collectors.toSet());
        assertEquals(expected, advice.options().stream().map(OptionAdvice::id).collect(Collectors.toSet()));
        assertEquals(expected.size(), advice.options().size());
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void optionsComeInTheFixedCategoryOrderWhateverThePersonRates(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.AVOID_SURGERY, 4).rate(Priority.FAST_RELIEF, 4)
                .rate(Priority.NOT_TRAVELLING, 0).budget(Budget.OVER_10000));
        List<Category> categories = advice.options().stream().map(OptionAdvice::category).toList();
        assertEquals(categories.stream().sorted().toList(), categories, advice.conditionId());
        int lastEstablished = categories.lastIndexOf(Category.ESTABLISHED);
        int firstExperimental = categories.indexOf(Category.EXPERIMENTAL);
        assertTrue(firstExperimental == -1 || firstExperimental > lastEstablished, advice.conditionId());
        for (Category category : Category.values()) {
            assertEquals(advice.inCategory(category), advice.options().stream()
                    .filter(o -> o.category() == category).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void theSameProfileGivesTheSameAdviceAndItSurvivesJson(TestProfile profile) throws Exception {
        Profile built = profile.rate(Priority.LOW_COST, 4).budget(Budget.UNDER_2000)
                .tried("self-care", Outcome.NO_CHANGE, 4).redFlag(RedFlag.FEVER_OR_INFECTION_RISK).build();
        Advice first = ENGINE.advise(built, null, Locale.ENGLISH);
        assertEquals(first, ENGINE.advise(built, null, Locale.ENGLISH));
        ObjectMapper json = new ObjectMapper();
        assertEquals(first, json.readValue(json.writeValueAsString(first), Advice.class));
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void avoidingSurgeryConflictsWithSurgeryOnly(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.AVOID_SURGERY, 4));
        for (OptionAdvice option : advice.options()) {
            TreatmentOption described = option(option.id());
            boolean surgery = described.kind() == OptionKind.SURGERY || described.invasiveness() == Invasiveness.SURGERY;
            FitNote note = fitNote(option, Priority.AVOID_SURGERY);
            assertEquals(surgery ? FitRelation.CONFLICTS : FitRelation.MATCHES, note.relation(), option.id());
            assertEquals(4, note.rating());
            assertTrue(note.sentence().startsWith("You said avoiding surgery matters a lot to you."), note.sentence());
            if (surgery) {
                assertFalse(option.highlighted(), option.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void avoidingNeedlesConflictsWithInjectionsEvenWhenItMattersOnlySome(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.AVOID_NEEDLES, 2));
        for (OptionAdvice option : advice.options()) {
            boolean needles = option(option.id()).needles();
            List<FitNote> notes = option.fit().stream().filter(n -> n.priority() == Priority.AVOID_NEEDLES).toList();
            if (needles) {
                assertEquals(FitRelation.CONFLICTS, notes.get(0).relation(), option.id());
                assertEquals("You said avoiding needles matters some to you. This uses needles.", notes.get(0).sentence());
            } else {
                assertTrue(notes.isEmpty(), "a match rated 2 gets no note: " + option.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void strongEvidenceFollowsTheGradeAndTheGuidelines(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.STRONG_EVIDENCE, 3));
        for (OptionAdvice option : advice.options()) {
            Certainty grade = standing(advice, option.id()).certainty().grade();
            assertEquals(grade, option.certainty().grade());
            assertFalse(option.certainty().wording().isBlank());
            assertFalse(option.certainty().reason().isBlank());
            boolean wellGraded = grade == Certainty.HIGH || grade == Certainty.MODERATE;
            FitRelation expected = switch (option.category()) {
                case EXPERIMENTAL, NOT_RECOMMENDED -> FitRelation.CONFLICTS;
                case ESTABLISHED, SOME_GUIDELINES, GUIDELINES_DISAGREE, NO_CLEAR_GUIDELINE -> switch (grade) {
                    case HIGH, MODERATE -> option.category() == Category.ESTABLISHED
                            ? FitRelation.MATCHES : FitRelation.YOU_JUDGE;
                    case LOW, VERY_LOW, NO_GOOD_TRIALS -> FitRelation.CONFLICTS;
                    case NOT_ASSESSED -> FitRelation.NOT_IN_SOURCES;
                };
            };
            assertEquals(expected, fitNote(option, Priority.STRONG_EVIDENCE).relation(), option.id());
            if (wellGraded && expected == FitRelation.MATCHES) {
                assertTrue(option.highlighted(), option.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void timingAndRecoveryAreQuotedOrSaidToBeUnknownNeverGuessed(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.FAST_RELIEF, 4).rate(Priority.SHORT_RECOVERY, 4));
        for (OptionAdvice option : advice.options()) {
            TreatmentOption described = option(option.id());
            FitNote fast = fitNote(option, Priority.FAST_RELIEF);
            FitNote recovery = fitNote(option, Priority.SHORT_RECOVERY);
            if (described.timeToEffect() == null) {
                assertEquals(FitRelation.NOT_IN_SOURCES, fast.relation());
                assertTrue(fast.sentence().endsWith("Our sources do not say how soon this works."));
            } else {
                assertEquals(FitRelation.YOU_JUDGE, fast.relation());
                assertTrue(fast.sentence().endsWith(described.timeToEffect().text().english()));
            }
            assertEquals(described.recovery() == null ? FitRelation.NOT_IN_SOURCES : FitRelation.YOU_JUDGE,
                    recovery.relation(), option.id());
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void everyRedFlagForTheSiteMakesTheAdviceUrgentAndKeepsTheOptions(TestProfile profile) {
        Site site = profile.build().site();
        List<RedFlag> asked = Arrays.stream(RedFlag.values()).filter(f -> f.asksAbout(site)).toList();
        asked.forEach(profile::redFlag);
        Advice advice = advise(profile);
        assertTrue(advice.urgent());
        assertEquals(asked, advice.urgentReasons().stream().map(UrgentReason::flag).toList());
        for (UrgentReason reason : advice.urgentReasons()) {
            var info = KB.redFlag(reason.flag().name()).orElseThrow();
            assertEquals(info.sign().english(), reason.sign());
            assertEquals(info.whatToDo().english(), reason.whatToDo());
            assertEquals(info.why().text().english(), reason.why());
            assertEquals(info.why().sources(), reason.sources());
        }
        assertEquals(KB.optionsFor(advice.conditionId()).size(), advice.options().size());
    }

    @Test
    void noRedFlagMeansNotUrgent() {
        Advice advice = advise(TestProfile.back());
        assertFalse(advice.urgent());
        assertTrue(advice.urgentReasons().isEmpty());
    }

    @Test
    void everyRedFlagHasItsContent() {
        for (RedFlag flag : RedFlag.values()) {
            assertTrue(KB.redFlag(flag.name()).isPresent(), flag.name());
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void anOptionThatWentBadlyIsShownWithAWarningAndNotHighlighted(TestProfile profile) {
        String first = KB.optionsFor(advise(profile).conditionId()).get(0).option();
        String last = KB.optionsFor(advise(profile).conditionId()).getLast().option();
        Advice advice = advise(profile.rate(Priority.AVOID_SURGERY, 4).rate(Priority.NOT_TRAVELLING, 4)
                .tried(first, Outcome.WORSE, 3).tried(last, Outcome.SIDE_EFFECTS, null));
        OptionAdvice worse = advice.option(first).orElseThrow();
        assertEquals(List.of(new TriedBefore(Outcome.WORSE, 3, "You tried this for about 3 weeks: it made your pain worse.")),
                worse.alreadyTried());
        assertTrue(worse.notes().contains(
                "This made your pain worse when you tried it. Tell your doctor before you try it again."));
        assertFalse(worse.highlighted());
        OptionAdvice sideEffects = advice.option(last).orElseThrow();
        assertEquals("You tried this: it gave you side effects.", sideEffects.alreadyTried().get(0).sentence());
        assertTrue(sideEffects.notes().contains(
                "This gave you side effects when you tried it. Tell your doctor before you try it again."));
        assertFalse(sideEffects.highlighted());
    }

    @ParameterizedTest
    @CsvSource({
        "HELPED, 12, You tried this for about 12 weeks: it helped.",
        "HELPED, 26, You tried this for about 6 months: it helped.",
        "PARTLY, 60, You tried this for a year or more: it helped a bit.",
        "PARTLY, 1, You tried this for about a week: it helped a bit.",
        "NO_CHANGE, 0, You tried this for less than a week: it did not help.",
        "NO_CHANGE, , You tried this: it did not help."
    })
    void alreadyTriedSaysHowItWent(Outcome outcome, Integer weeks, String sentence) {
        Advice advice = advise(TestProfile.back().tried("exercise-therapy", outcome, weeks));
        assertEquals(List.of(new TriedBefore(outcome, weeks, sentence)),
                advice.option("exercise-therapy").orElseThrow().alreadyTried());
        assertTrue(advice.option("yoga").orElseThrow().alreadyTried().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void noInsuranceAndALowBudgetAreExplainedForEveryPricedOption(TestProfile profile) {
        Advice advice = advise(profile.insured(false).budget(Budget.UNDER_500).rate(Priority.LOW_COST, 4));
        for (OptionAdvice option : advice.options()) {
            CostAdvice cost = option.cost();
            FitNote lowCost = fitNote(option, Priority.LOW_COST);
            switch (cost.budgetFit()) {
                case NO_PRICE -> {
                    assertTrue(cost.notes().contains("Our sources give no price for this."), option.id());
                    assertEquals(FitRelation.NOT_IN_SOURCES, lowCost.relation());
                }
                case ABOVE -> {
                    assertTrue(cost.notes().stream().anyMatch(n -> n.endsWith("is above your budget.")), option.id());
                    assertEquals(FitRelation.CONFLICTS, lowCost.relation());
                    assertFalse(option.highlighted());
                }
                case WITHIN -> {
                    assertTrue(cost.notes().stream().anyMatch(n -> n.endsWith("is within your budget.")), option.id());
                    assertEquals(FitRelation.MATCHES, lowCost.relation());
                }
                case MAY_BE_ABOVE -> {
                    assertTrue(cost.notes().stream().anyMatch(n -> n.endsWith("It may be more than your budget.")),
                            option.id());
                    assertEquals(FitRelation.YOU_JUDGE, lowCost.relation());
                }
                case CANNOT_COMPARE -> assertEquals(FitRelation.YOU_JUDGE, lowCost.relation());
            }
            if (!cost.lines().isEmpty()) {
                assertTrue(cost.notes().contains(
                        "You said you have no health insurance. Ask what you would pay before you start."), option.id());
            }
        }
    }

    @Test
    void theBudgetIsComparedWithAUsualCourseAndTheFiguresUsedAreSaid() {
        CostAdvice poorer = advise(TestProfile.of(Site.LOW_BACK, Diagnosis.FACET_JOINT_PAIN).budget(Budget.UNDER_500))
                .option("spinal-injections").orElseThrow().cost();
        assertEquals(BudgetFit.ABOVE, poorer.budgetFit());
        assertEquals(List.of("Figures used for your budget: one injection (cash price) at USD 600 to 2,000.",
                "Our sources do not say how many are usually needed, so a full course may cost more.",
                "A usual course costs USD 600 to 2,000 in our sources. Even the lowest price is above your budget."),
                poorer.notes().subList(0, 3));
        // One injection at the lowest price fits 2,000, but the sources do not say how many a course takes.
        CostAdvice richer = advise(TestProfile.of(Site.LOW_BACK, Diagnosis.FACET_JOINT_PAIN).budget(Budget.UNDER_2000))
                .option("spinal-injections").orElseThrow().cost();
        assertEquals(BudgetFit.MAY_BE_ABOVE, richer.budgetFit());
    }

    @Test
    void aPrpSeriesOrACellInjectionIsNeverWithinABudgetUnderTwoThousand() {
        Advice advice = advise(TestProfile.knee().budget(Budget.UNDER_2000).rate(Priority.LOW_COST, 4));
        for (String id : List.of("prp-injection", "bone-marrow-cells", "fat-cells", "cord-cells", "muse-cells")) {
            OptionAdvice option = advice.option(id).orElseThrow();
            assertNotEquals(BudgetFit.WITHIN, option.cost().budgetFit(), id);
            assertTrue(option.cost().notes().stream().noneMatch(n -> n.contains("within your budget")), id);
            assertNotEquals(FitRelation.MATCHES, fitNote(option, Priority.LOW_COST).relation(), id);
        }
        CostAdvice prp = advice.option("prp-injection").orElseThrow().cost();
        assertEquals(BudgetFit.MAY_BE_ABOVE, prp.budgetFit());
        assertTrue(prp.notes().get(0).startsWith("Figures used for your budget: 3 \u00d7 injection (usually a series of 3)"
                + " at USD 700 each; 3 \u00d7 injection (average charge in one US study) at USD 574 each."), prp.notes().get(0));
        assertTrue(prp.notes().contains("A course costs USD 1,722 to 2,100 in our sources. It may be more than your budget."),
                prp.notes().toString());
        CostAdvice cells = advice.option("bone-marrow-cells").orElseThrow().cost();
        assertEquals(BudgetFit.MAY_BE_ABOVE, cells.budgetFit());
        assertTrue(cells.notes().contains(
                "Our sources do not say how many are usually needed, so a full course may cost more."));
    }

    @Test
    void aCourseWhosePricesAreAllWithinTheBudgetIsSaidToBe() {
        CostAdvice prp = advise(TestProfile.knee().budget(Budget.UNDER_10000)).option("prp-injection").orElseThrow().cost();
        assertEquals(BudgetFit.WITHIN, prp.budgetFit());
        assertTrue(prp.notes().contains("A usual course costs USD 1,722 to 2,100 in our sources. That is within your budget."));
        CostAdvice replacement = advise(TestProfile.knee().budget(Budget.UNDER_10000))
                .option("total-knee-replacement").orElseThrow().cost();
        assertEquals(BudgetFit.ABOVE, replacement.budgetFit());
        assertEquals("Figures used for your budget: one operation (average) at USD 11,317 to 69,654.",
                replacement.notes().get(0));
    }

    @Test
    void theTravelEnteredIsAddedToTheBudgetCheckAndSaid() {
        Profile knee = TestProfile.knee().budget(Budget.UNDER_10000).build();
        OutOfPocket.Travel travel = new OutOfPocket.Travel(6_000, 2_000, 500);
        CostAdvice prp = ENGINE.advise(knee, travel, Locale.ENGLISH).option("prp-injection").orElseThrow().cost();

        assertEquals(BudgetFit.ABOVE, prp.budgetFit(), "USD 1,722 to 2,100 plus 8,500 of travel is over 10,000");
        assertTrue(prp.notes().get(0).endsWith("; the travel you entered, USD 8,500."), prp.notes().get(0));
        assertTrue(prp.notes().contains("With the travel you entered, a usual course costs USD 10,222 to 10,600."
                + " Even the lowest price is above your budget."), prp.notes().toString());
        assertEquals(advise(TestProfile.knee().budget(Budget.UNDER_10000)).option("prp-injection").orElseThrow()
                        .cost().budgetFit(), ENGINE.advise(knee, OutOfPocket.Travel.NONE, Locale.ENGLISH)
                        .option("prp-injection").orElseThrow().cost().budgetFit(), "no travel entered, nothing added");
    }

    @Test
    void theRegulatorAndInsuranceOfThePersonsCountryComeFirst() {
        OptionAdvice inTheUk = advise(TestProfile.knee().country(Country.UK)).option("bone-marrow-cells").orElseThrow();
        RegulatoryLine first = inTheUk.regulatory().get(0);
        assertEquals(Regulator.MHRA, first.regulator());
        assertTrue(first.yourCountry());
        assertEquals("Our sources do not say.", first.status(), "no MHRA line is invented");
        assertTrue(inTheUk.regulatory().stream().skip(1).noneMatch(RegulatoryLine::yourCountry));
        assertTrue(inTheUk.cost().notes().stream().noneMatch(n -> n.contains("Ask your insurer")));
        assertTrue(inTheUk.cost().notes().contains("In the US, insurers class this as experimental, so people there likely"
                + " pay themselves. Our sources do not say how it is paid where you live."));
        assertEquals(Regulator.COFEPRIS, advise(TestProfile.knee().country(Country.MEXICO))
                .option("bone-marrow-cells").orElseThrow().regulatory().get(0).regulator());
        assertEquals(Regulator.FDA, advise(TestProfile.knee()).option("bone-marrow-cells").orElseThrow()
                .regulatory().get(0).regulator());
        CostAdvice nhs = advise(TestProfile.of(Site.LOW_BACK, Diagnosis.SACROILIAC_JOINT_PAIN).country(Country.UK))
                .option("si-joint-fusion").orElseThrow().cost();
        assertTrue(nhs.notes().contains("The UK figures are costs to the NHS, from NICE guidance."));
        assertTrue(nhs.notes().stream().noneMatch(n -> n.contains("insurer")), nhs.notes().toString());
    }

    @Test
    void sessionsAndClaimsAreThoseForThePersonsSite() {
        OptionAdvice backPrp = advise(TestProfile.back()).option("prp-injection").orElseThrow();
        assertNull(backPrp.sessions(), "no knee series for back pain");
        OptionAdvice kneePrp = advise(TestProfile.knee()).option("prp-injection").orElseThrow();
        assertEquals("Usually a series of 3 injections.", kneePrp.sessions().text().english());
        assertTrue(advise(TestProfile.knee()).option("bone-marrow-cells").orElseThrow().claims().stream()
                .noneMatch(c -> c.id().equals("avoid-fusion")), "no spinal-fusion claim for knee pain");
        assertTrue(advise(TestProfile.back()).option("bone-marrow-cells").orElseThrow().claims().stream()
                .anyMatch(c -> c.id().equals("avoid-fusion")));
        assertFalse(backPrp.isscrQuestionsApply(), "the stem-cell checklist is for cell therapies");
    }

    @Test
    void aBudgetOverTenThousandIsNotSaidToCoverAnyPrice() {
        Advice advice = advise(TestProfile.knee().budget(Budget.OVER_10000));
        CostAdvice replacement = advice.option("total-knee-replacement").orElseThrow().cost();
        assertEquals(BudgetFit.CANNOT_COMPARE, replacement.budgetFit());
        assertTrue(replacement.notes().contains(
                "A course costs USD 11,317 to 69,654 in our sources. Check this against what you can pay."),
                replacement.notes().toString());
    }

    @Test
    void insurersClassingAnOptionAsExperimentalIsSaidOnlyWhenTheContentSaysSo() {
        Advice advice = advise(TestProfile.knee());
        String experimental = "Insurers class this as experimental, so you would likely pay yourself.";
        assertTrue(advice.option("bone-marrow-cells").orElseThrow().cost().notes().contains(experimental));
        assertFalse(advice.option("total-knee-replacement").orElseThrow().cost().notes().contains(experimental));
        assertTrue(advice.option("total-knee-replacement").orElseThrow().cost().notes().contains(
                "These are prices before any insurance pays. Ask your insurer what you would pay."));
    }

    @Test
    void pricesFromThePersonsRegionComeFirstAndOtherCurrenciesAreNotCompared() {
        TestProfile uk = TestProfile.of(Site.LOW_BACK, Diagnosis.SACROILIAC_JOINT_PAIN)
                .country(Country.UK).budget(Budget.UNDER_10000);
        CostAdvice fusion = advise(uk).option("si-joint-fusion").orElseThrow().cost();
        assertTrue(fusion.lines().stream().allMatch(CostLine::yourRegion));
        assertEquals(BudgetFit.CANNOT_COMPARE, fusion.budgetFit());
        assertTrue(fusion.notes().contains(
                "The price in our sources is in GBP, so we cannot compare it with your budget in US dollars."));

        CostAdvice fromMexico = advise(TestProfile.knee().country(Country.MEXICO))
                .option("bone-marrow-cells").orElseThrow().cost();
        assertEquals(org.secondlook.knowledge.Region.MEXICO, fromMexico.lines().get(0).region());
        assertTrue(fromMexico.lines().get(0).yourRegion());

        CostAdvice inTheUs = advise(TestProfile.of(Site.LOW_BACK, Diagnosis.SACROILIAC_JOINT_PAIN))
                .option("si-joint-fusion").orElseThrow().cost();
        assertTrue(inTheUs.notes().contains("These prices are from the UK. Prices where you live may be different."));
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void unprovenOptionsCarryTheirRegulatoryStatusAndTheIsscrFlag(TestProfile profile) {
        Advice advice = advise(profile);
        for (OptionAdvice option : advice.inCategory(Category.EXPERIMENTAL)) {
            TreatmentOption described = option(option.id());
            assertEquals(described.isscrQuestionsApply(), option.isscrQuestionsApply());
            assertEquals(described.regulatory().stream().map(r -> r.regulator()).toList(),
                    option.regulatory().stream().map(RegulatoryLine::regulator).toList());
            assertTrue(option.regulatory().stream().map(RegulatoryLine::regulator).toList()
                    .containsAll(List.of(Regulator.FDA, Regulator.EMA, Regulator.COFEPRIS)), option.id());
            option.regulatory().forEach(line -> assertFalse(line.status().isBlank()));
            assertFalse(option.highlighted());
            assertEquals("Not proven: good trials have not shown that it works. It is still being studied.",
                    option.whyShown());
        }
    }

    @ParameterizedTest
    @MethodSource("everyCondition")
    void highlightingFollowsItsRule(TestProfile profile) {
        Advice advice = advise(profile.rate(Priority.AVOID_SURGERY, 4).rate(Priority.AVOID_NEEDLES, 3)
                .rate(Priority.STRONG_EVIDENCE, 4));
        assertTrue(advice.options().stream().anyMatch(OptionAdvice::highlighted), advice.conditionId());
        for (OptionAdvice option : advice.options()) {
            boolean expected = option.category() != Category.EXPERIMENTAL
                    && option.category() != Category.NOT_RECOMMENDED
                    && option.fit().stream().anyMatch(n -> n.relation() == FitRelation.MATCHES && n.rating() >= 3)
                    && option.fit().stream().noneMatch(n -> n.relation() == FitRelation.CONFLICTS);
            assertEquals(expected, option.highlighted(), option.id());
            assertFalse(option.whyShown().isBlank());
            assertEquals(option(option.id()).questionsToAsk().size(), option.questions().size());
        }
    }

    @Test
    void nothingIsHighlightedWhenNothingWasRated() {
        assertTrue(advise(TestProfile.knee()).options().stream().noneMatch(OptionAdvice::highlighted));
    }

    @Test
    void withinACategoryBetterFitComesFirstAndTiesKeepTheContentOrder() {
        Advice advice = advise(TestProfile.knee().rate(Priority.AVOID_NEEDLES, 4));
        List<String> established = advice.inCategory(Category.ESTABLISHED).stream().map(OptionAdvice::id).toList();
        assertEquals(List.of("self-care", "exercise-therapy", "weight-loss", "tai-chi", "topical-nsaids",
                "nsaid-tablets", "knee-steroid-injection"),
                established);
    }

    @Test
    void notWantingToTravelIsNotedForOptionsPeopleTravelFor() {
        Advice advice = advise(TestProfile.knee().willingToTravel(false).rate(Priority.NOT_TRAVELLING, 3));
        OptionAdvice muse = advice.option("muse-cells").orElseThrow();
        assertTrue(muse.notes().contains("You said you do not want to travel. People often travel abroad for this."));
        assertEquals(FitRelation.CONFLICTS, fitNote(muse, Priority.NOT_TRAVELLING).relation());
    }

    @ParameterizedTest
    @CsvSource({
        "0, acp-acute, ",
        "3, acp-acute, ",
        "4, acp-subacute, ",
        "12, acp-subacute, ",
        "13, acp-chronic, nice-bmj-chronic",
        "4160, acp-chronic, nice-bmj-chronic"
    })
    void painDurationIsReadByEachGuidelinesLines(int weeks, String acp, String nice) {
        PainDuration duration = advise(TestProfile.back().weeks(weeks)).painDuration();
        assertEquals(weeks, duration.weeks());
        assertEquals(acp, duration.byGuideline().get(0).categoryId());
        assertEquals(nice, duration.byGuideline().get(1).categoryId());
        if (nice == null) {
            assertNull(duration.byGuideline().get(1).categoryName());
            assertEquals("By NICE NG59 and BMJ 2025, your pain does not count as \"Long-lasting (chronic) pain\" yet"
                    + " (3 months or more).", duration.byGuideline().get(1).sentence());
        }
    }

    @Test
    void kneePainIsNotReadByTheBackPainGuidelinesLines() {
        PainDuration duration = advise(TestProfile.knee().weeks(26)).painDuration();
        assertEquals(1, duration.byGuideline().size());
        DurationReading reading = duration.byGuideline().getFirst();
        assertNull(reading.guideline());
        assertNull(reading.categoryId());
        assertTrue(reading.sentence().contains("back pain only"), reading.sentence());
    }

    @ParameterizedTest
    @EnumSource(value = Diagnosis.class, names = {"NOT_DIAGNOSED", "KNEE_OSTEOARTHRITIS", "DEGENERATIVE_MENISCAL_TEAR",
        "PATELLOFEMORAL_PAIN"}, mode = EnumSource.Mode.EXCLUDE)
    void aBackDiagnosisForKneePainIsRejected(Diagnosis diagnosis) {
        ProfileException e = assertThrows(ProfileException.class, () -> advise(TestProfile.of(Site.KNEE, diagnosis)));
        assertEquals("diagnosis", e.field());
        assertTrue(e.getMessage().startsWith("diagnosis: " + diagnosis + " is not a diagnosis for KNEE pain"));
    }

    @Test
    void aKneeDiagnosisForBackPainIsRejected() {
        ProfileException e = assertThrows(ProfileException.class,
                () -> advise(TestProfile.of(Site.LOW_BACK, Diagnosis.KNEE_OSTEOARTHRITIS)));
        assertEquals("diagnosis: KNEE_OSTEOARTHRITIS is not a diagnosis for LOW_BACK pain; use one of "
                + "NONSPECIFIC_LOW_BACK_PAIN, DEGENERATIVE_DISC_DISEASE, HERNIATED_DISC_SCIATICA, SPINAL_STENOSIS, "
                + "FACET_JOINT_PAIN, SACROILIAC_JOINT_PAIN, DEGENERATIVE_SPONDYLOLISTHESIS, PREGNANCY_BACK_PELVIC_PAIN, "
                + "NOT_DIAGNOSED", e.getMessage());
    }

    @Test
    void theAdviceNamesTheContentAndTheCondition() {
        Advice advice = advise(TestProfile.of(Site.KNEE, Diagnosis.NOT_DIAGNOSED));
        assertEquals(KB.metadata().contentVersion(), advice.contentVersion());
        assertEquals("NOT_DIAGNOSED_KNEE", advice.conditionId());
        assertEquals(KB.condition("NOT_DIAGNOSED_KNEE").orElseThrow().name().english(), advice.conditionName());
        assertEquals(Site.KNEE, advice.site());
    }
}
