package org.secondlook.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.RedFlag;

class KnowledgeContentTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws KnowledgeException {
        kb = KnowledgeLoader.loadBuiltIn();
    }

    private static ConditionOption assessment(String condition, String option) {
        return kb.condition(condition).orElseThrow().option(option)
                .orElseThrow(() -> new AssertionError(option + " missing for " + condition));
    }

    @Test
    void coversEveryDiagnosisPlusNotDiagnosedForBackAndKnee() {
        Set<String> expected = Arrays.stream(Diagnosis.values()).map(Enum::name)
                .filter(n -> !n.equals("NOT_DIAGNOSED")).collect(Collectors.toSet());
        expected.addAll(Set.of("NOT_DIAGNOSED_BACK", "NOT_DIAGNOSED_KNEE"));
        assertEquals(expected, kb.conditions().stream().map(Condition::id).collect(Collectors.toSet()));
    }

    @Test
    void everyConditionHasSelfCareAndItsEstablishedOptions() {
        Map<String, List<String>> established = Map.of(
                "NONSPECIFIC_LOW_BACK_PAIN", List.of("self-care", "exercise-therapy", "psychological-therapy",
                        "multidisciplinary-rehab", "nsaid-tablets"),
                "DEGENERATIVE_DISC_DISEASE", List.of("self-care", "exercise-therapy", "multidisciplinary-rehab"),
                "HERNIATED_DISC_SCIATICA", List.of("self-care", "exercise-therapy"),
                "SPINAL_STENOSIS", List.of("self-care"),
                "FACET_JOINT_PAIN", List.of("self-care", "exercise-therapy"),
                "SACROILIAC_JOINT_PAIN", List.of("self-care", "exercise-therapy", "nsaid-tablets"),
                "KNEE_OSTEOARTHRITIS", List.of("self-care", "exercise-therapy", "weight-loss", "tai-chi",
                        "topical-nsaids", "nsaid-tablets", "knee-steroid-injection"),
                "NOT_DIAGNOSED_BACK", List.of("self-care", "exercise-therapy"),
                "NOT_DIAGNOSED_KNEE", List.of("self-care", "exercise-therapy"));
        established.forEach((condition, options) -> options.forEach(option ->
                assertEquals(Category.ESTABLISHED, assessment(condition, option).category(), condition + " " + option)));
        // No guideline line in our sources (or only an unconfirmed one), so not "guidelines advise this".
        for (String[] item : new String[][] {{"HERNIATED_DISC_SCIATICA", "discectomy"}, {"HERNIATED_DISC_SCIATICA", "nsaid-tablets"},
                {"SPINAL_STENOSIS", "exercise-therapy"}, {"SPINAL_STENOSIS", "laminectomy"},
                {"KNEE_OSTEOARTHRITIS", "total-knee-replacement"}, {"KNEE_OSTEOARTHRITIS", "partial-knee-replacement"}}) {
            assertEquals(Category.NO_CLEAR_GUIDELINE, assessment(item[0], item[1]).category(), item[1]);
        }
        for (Condition condition : kb.conditions()) {
            assertTrue(condition.options().stream().anyMatch(o -> kb.option(o.option()).orElseThrow().kind()
                    == OptionKind.WAIT_AND_SELF_CARE), condition.id());
        }
    }

    /** Fact sheet part 2 section 9: no cell therapy was tried for these conditions, and the sheet says so in its grade. */
    @Test
    void theNewConditionsCarryTheExperimentalOptionsPeopleMeetWithNoTrialsForTheCondition() {
        for (String condition : List.of("PREGNANCY_BACK_PELVIC_PAIN", "DEGENERATIVE_SPONDYLOLISTHESIS",
                "DEGENERATIVE_MENISCAL_TEAR", "PATELLOFEMORAL_PAIN")) {
            for (String option : List.of("prp-injection", "bone-marrow-cells", "fat-cells", "cord-cells", "muse-cells")) {
                ConditionOption row = assessment(condition, option);
                assertEquals(Category.EXPERIMENTAL, row.category(), condition + " " + option);
                assertEquals(Certainty.NO_GOOD_TRIALS, row.certainty().grade(), condition + " " + option);
            }
            List<ConditionOption> options = kb.condition(condition).orElseThrow().options();
            assertEquals("self-care", options.getFirst().option(), condition);
        }
        ConditionOption trimming = assessment("DEGENERATIVE_MENISCAL_TEAR", "knee-arthroscopy");
        assertEquals(Category.NOT_RECOMMENDED, trimming.category());
        assertEquals(Certainty.HIGH, trimming.certainty().grade());
        assertTrue(trimming.benefit().sources().contains("S94"));
        // The fact sheet has no pregnancy-specific warning signs, drugs or guideline: none may be made up.
        assertTrue(kb.redFlags().stream().noneMatch(f -> f.sign().english().toLowerCase(Locale.ROOT).contains("pregnan")));
        assertEquals(Set.of("self-care", "exercise-therapy", "prp-injection", "bone-marrow-cells", "fat-cells", "cord-cells",
                "muse-cells"), kb.condition("PREGNANCY_BACK_PELVIC_PAIN").orElseThrow().options().stream()
                .map(ConditionOption::option).collect(Collectors.toSet()));
        assertTrue(assessment("PREGNANCY_BACK_PELVIC_PAIN", "exercise-therapy").guidelines().stream()
                .filter(g -> g.body().equals("NICE")).allMatch(g -> g.says().unconfirmed()));
    }

    @Test
    void coversTheExperimentalOptionsByCellSource() {
        for (String option : List.of("bone-marrow-cells", "fat-cells", "cord-cells", "muse-cells", "prp-injection")) {
            assertEquals(Category.EXPERIMENTAL, assessment("NONSPECIFIC_LOW_BACK_PAIN", option).category(), option);
        }
        for (String option : List.of("mesoblast-cells", "discgenics-cells", "intradiscal-heat-treatment", "bone-marrow-cells")) {
            assertEquals(Category.EXPERIMENTAL, assessment("DEGENERATIVE_DISC_DISEASE", option).category(), option);
        }
        for (String option : List.of("bone-marrow-cells", "fat-cells", "cord-cells", "muse-cells")) {
            assertEquals(Category.EXPERIMENTAL, assessment("KNEE_OSTEOARTHRITIS", option).category(), option);
        }
    }

    @Test
    void everyExperimentalOptionHasRegulatoryStatusEvidenceAndTheIsscrLinkWhenItIsACellTherapy() {
        for (Condition condition : kb.conditions()) {
            for (ConditionOption co : condition.options()) {
                if (co.category() != Category.EXPERIMENTAL) {
                    continue;
                }
                TreatmentOption option = kb.option(co.option()).orElseThrow();
                for (Regulator regulator : Regulator.values()) {
                    assertTrue(option.statusWith(regulator).isPresent(), option.id() + " " + regulator);
                }
                // The ISSCR questions are for clinics selling cells: not for PRP or heat treatment of the disc.
                assertEquals(option.id().endsWith("-cells"), option.isscrQuestionsApply(), option.id());
                assertNotNull(co.certainty().reason(), option.id());
                assertFalse(co.certainty().reason().sources().isEmpty(), condition.id() + " " + option.id());
                assertFalse(co.guidelines().isEmpty(), condition.id() + " " + option.id());
            }
        }
        assertFalse(kb.isscrQuestions().isEmpty());
        assertEquals(Set.of("S39"), kb.isscrQuestions().stream().flatMap(q -> q.sources().stream()).collect(Collectors.toSet()));
    }

    @Test
    void everyFigureCitesAKnownSource() {
        for (Condition condition : kb.conditions()) {
            for (ConditionOption co : condition.options()) {
                co.outOf100().forEach(f -> assertCited(f.sources(), condition.id() + " " + co.option()));
                co.meanResults().forEach(m -> assertCited(m.sources(), condition.id() + " " + co.option()));
                co.costs().stream().filter(Cost::hasFigures)
                        .forEach(c -> assertCited(c.sources(), condition.id() + " " + co.option() + " cost"));
            }
        }
        for (PatientText text : kb.patientTexts()) {
            if (text.text().english().matches("(?s).*\\d.*") && !text.file().equals("glossary.json")
                    && !text.file().equals("metadata.json")) {
                assertCited(text.sources(), text.file() + " " + text.place());
            }
        }
    }

    private static void assertCited(List<String> sources, String where) {
        assertFalse(sources.isEmpty(), where);
        sources.forEach(s -> assertTrue(kb.source(s).isPresent(), where + " cites unknown " + s));
    }

    @Test
    void exactPercentagesOfPeopleForIconArrays() {
        assertOutOf100("HERNIATED_DISC_SCIATICA", "self-care", 60, null);
        assertOutOf100("HERNIATED_DISC_SCIATICA", "discectomy", 1.6, null);
        assertOutOf100("HERNIATED_DISC_SCIATICA", "discectomy", 95, 95.0);
        assertOutOf100("NONSPECIFIC_LOW_BACK_PAIN", "spinal-injections", 8.6, null);
        assertOutOf100("NONSPECIFIC_LOW_BACK_PAIN", "spinal-injections", 1.4, null);
        assertOutOf100("HERNIATED_DISC_SCIATICA", "gabapentinoids", 64, 43.0);
        assertOutOf100("HERNIATED_DISC_SCIATICA", "gabapentinoids", 40, 13.0);
        assertOutOf100("DEGENERATIVE_DISC_DISEASE", "mesoblast-cells", 28, 8.0);
        assertOutOf100("SPINAL_STENOSIS", "exercise-therapy", 57, null);
        assertOutOf100("FACET_JOINT_PAIN", "radiofrequency-denervation", 45.7, null);
    }

    /** Icon arrays show people like the person using the app: the Muse figures come from a stroke trial, so words only. */
    @Test
    void noIconArrayComesFromAnotherIllness() {
        for (String condition : List.of("NONSPECIFIC_LOW_BACK_PAIN", "DEGENERATIVE_DISC_DISEASE", "HERNIATED_DISC_SCIATICA",
                "KNEE_OSTEOARTHRITIS")) {
            assertTrue(assessment(condition, "muse-cells").outOf100().isEmpty(), condition);
            assertTrue(assessment(condition, "muse-cells").benefit().text().english().contains("stroke"), condition);
        }
    }

    @Test
    void harmsFiguresAreMarkedAsHarms() {
        assertTrue(assessment("HERNIATED_DISC_SCIATICA", "gabapentinoids").outOf100().stream()
                .allMatch(f -> f.outcome() == OutcomeKind.HARM));
        assertTrue(assessment("HERNIATED_DISC_SCIATICA", "self-care").outOf100().stream()
                .allMatch(f -> f.outcome() == OutcomeKind.BENEFIT));
        assertEquals(OutcomeKind.COURSE, assessment("SPINAL_STENOSIS", "exercise-therapy").outOf100().getFirst().outcome());
    }

    private static void assertOutOf100(String condition, String option, double treated, Double comparison) {
        assertTrue(assessment(condition, option).outOf100().stream()
                .anyMatch(f -> f.treated() == treated && java.util.Objects.equals(f.comparison(), comparison)
                        && !f.population().english().isBlank() && !f.timeFrame().english().isBlank()),
                condition + " " + option + " " + treated);
    }

    @Test
    void painOnHundredPointScaleIsShownOnTenByDividingByTenKeepingTheOriginal() {
        MeanResult epidural = assessment("HERNIATED_DISC_SCIATICA", "epidural-steroid-injection").meanResults().getFirst();
        assertEquals(Scale.PAIN_0_TO_100, epidural.scale());
        assertEquals(-7.55, epidural.difference());
        assertEquals(-0.755, epidural.onTenPointScale().orElseThrow().difference(), 1e-9);
        MeanResult fusion = assessment("SACROILIAC_JOINT_PAIN", "si-joint-fusion").meanResults().getFirst();
        assertEquals(-4.33, fusion.onTenPointScale().orElseThrow().treated(), 1e-9);
        MeanResult koos = assessment("KNEE_OSTEOARTHRITIS", "total-knee-replacement").meanResults().getFirst();
        assertTrue(koos.onTenPointScale().isEmpty(), "a knee function score is not pain");
    }

    @Test
    void unconfirmedFactsAreFlaggedOrAbsent() {
        Set<String> neverNamed = Set.of("Noriega", "Enthoven", "Cochrane 2012", "TOPKAT", "Bourne", "Omisirge");
        for (PatientText text : kb.patientTexts()) {
            neverNamed.forEach(name -> assertFalse(text.text().english().contains(name), text.place()));
            if (text.unconfirmed()) {
                assertFalse(text.text().english().matches("(?s).*\\d.*"), "unconfirmed text gives a number: " + text.place());
            }
        }
        assertTrue(assessment("DEGENERATIVE_DISC_DISEASE", "disc-replacement").benefit().unconfirmed());
        assertTrue(assessment("HERNIATED_DISC_SCIATICA", "discectomy").guidelines().getFirst().says().unconfirmed());
        assertTrue(assessment("KNEE_OSTEOARTHRITIS", "hyaluronic-acid-injection").harms().unconfirmed());
        assertTrue(guideline("KNEE_OSTEOARTHRITIS", "hyaluronic-acid-injection", "AAOS").says().unconfirmed());
        assertTrue(guideline("KNEE_OSTEOARTHRITIS", "prp-injection", "AAOS").says().unconfirmed());
        assertFalse(guideline("KNEE_OSTEOARTHRITIS", "prp-injection", "ACR").says().text().english()
                .toLowerCase(Locale.ROOT).contains("strong"), "ACR's strength on PRP is not confirmed");
        for (String cells : List.of("bone-marrow-cells", "fat-cells", "cord-cells", "muse-cells")) {
            assertTrue(assessment("KNEE_OSTEOARTHRITIS", cells).guidelines().stream().noneMatch(g -> g.body().equals("OARSI")),
                    "OARSI's stance on stem cells is not confirmed");
        }
        ConditionOption partial = assessment("KNEE_OSTEOARTHRITIS", "partial-knee-replacement");
        assertTrue(partial.guidelines().getFirst().says().unconfirmed());
        assertTrue(partial.outOf100().isEmpty() && partial.meanResults().isEmpty() && partial.costs().isEmpty());
        assertFalse(assessment("KNEE_OSTEOARTHRITIS", "total-knee-replacement").harms().text().english().contains("in 5"));
        assertTrue(assessment("NONSPECIFIC_LOW_BACK_PAIN", "nsaid-tablets").meanResults().isEmpty(), "Enthoven effect size");
        assertTrue(assessment("NONSPECIFIC_LOW_BACK_PAIN", "antidepressants").harms().unconfirmed());
        assertTrue(kb.option("exercise-therapy").orElseThrow().timeToEffect().unconfirmed());
        assertTrue(kb.option("total-knee-replacement").orElseThrow().recovery().unconfirmed());
    }

    private static GuidelinePosition guideline(String condition, String option, String body) {
        return assessment(condition, option).guidelines().stream().filter(g -> g.body().equals(body)).findFirst()
                .orElseThrow(() -> new AssertionError(body + " missing for " + option));
    }

    @Test
    void pricesNotInOurSourcesHaveNoFigures() {
        for (String[] item : new String[][] {
                {"KNEE_OSTEOARTHRITIS", "knee-steroid-injection"}, {"KNEE_OSTEOARTHRITIS", "hyaluronic-acid-injection"},
                {"HERNIATED_DISC_SCIATICA", "discectomy"}, {"SPINAL_STENOSIS", "laminectomy"}}) {
            assertTrue(assessment(item[0], item[1]).costs().stream().noneMatch(Cost::hasFigures), item[1]);
        }
        for (Condition condition : kb.conditions()) {
            for (ConditionOption co : condition.options()) {
                for (Cost cost : co.costs()) {
                    if (cost.region() == Region.MEXICO) {
                        assertFalse(cost.verified(), co.option());
                        assertFalse(cost.hasFigures(), "Mexican prices are unverified: " + co.option());
                    }
                    if (cost.sources().stream().anyMatch(s -> kb.source(s).orElseThrow().lowQuality())) {
                        assertFalse(cost.verified(), "low-quality price shown as verified: " + co.option());
                    }
                }
            }
        }
        assertTrue(kb.source("S55").orElseThrow().lowQuality());
    }

    @Test
    void durationCategoriesLeaveOutTheUnconfirmedSixWeekSplit() {
        assertEquals(Set.of("acp-acute", "acp-subacute", "acp-chronic", "nice-bmj-chronic"),
                kb.durationCategories().stream().map(DurationCategory::id).collect(Collectors.toSet()));
        kb.durationCategories().forEach(d -> assertFalse(d.range().english().contains("6"), d.id()));
    }

    @Test
    void redFlagsMatchTheAdviceLayerAreSourcedAndSpeakOfTheKneeForTheKnee() {
        assertEquals(Arrays.stream(RedFlag.values()).map(Enum::name).collect(Collectors.toSet()),
                kb.redFlags().stream().map(RedFlagInfo::id).collect(Collectors.toSet()));
        for (RedFlagInfo flag : kb.redFlags()) {
            assertFalse(flag.why().unconfirmed(), flag.id());
            assertFalse(flag.why().sources().isEmpty(), flag.id());
            if (flag.site() != BodySite.BACK) {
                assertFalse(flag.why().text().english().matches("(?s).*infection in the spine.*"), flag.id());
            }
        }
        assertEquals(List.of("S85"), kb.redFlag("HOT_SWOLLEN_KNEE_WITH_FEVER").orElseThrow().why().sources());
        assertTrue(kb.redFlag("HOT_SWOLLEN_KNEE_WITH_FEVER").orElseThrow().sign().english().contains("without a fever"));
        assertEquals(List.of("S86"), kb.redFlag("CANNOT_BEAR_WEIGHT_AFTER_INJURY").orElseThrow().why().sources());
        assertEquals(List.of("S51"), kb.redFlagAccuracy().sources());
    }

    @Test
    void allMarketingClaimsAreAnsweredAndLinkedIncludingTheCelebrityStory() {
        assertEquals(13, kb.claims().size());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                kb.claims().stream().map(MarketingClaim::number).collect(Collectors.toSet()));
        for (MarketingClaim claim : kb.claims()) {
            assertFalse(claim.options().isEmpty(), claim.id());
            assertFalse(claim.evidence().sources().isEmpty(), claim.id());
        }
        assertTrue(kb.claimsFor("muse-cells").stream().anyMatch(c -> c.id().equals("muse")));
        MarketingClaim celebrity = kb.claimsFor("muse-cells").stream().filter(c -> c.id().equals("celebrity-muse"))
                .findFirst().orElseThrow();
        assertTrue(celebrity.evidence().sources().containsAll(List.of("S50", "S38")));
        assertTrue(kb.claimsFor("exercise-therapy").stream().anyMatch(c -> c.id().equals("only-mask")));
    }

    @Test
    void threeToFiveKnowledgeChecksPerConditionEachWithExplanationAndSource() {
        for (Condition condition : kb.conditions()) {
            List<KnowledgeCheck> checks = kb.knowledgeChecksFor(condition.id());
            assertTrue(checks.size() >= 3 && checks.size() <= 5, condition.id());
            assertTrue(checks.stream().anyMatch(KnowledgeCheck::answer) && checks.stream().anyMatch(c -> !c.answer()),
                    "both true and false statements: " + condition.id());
            checks.forEach(c -> assertFalse(c.sources().isEmpty(), c.id()));
        }
    }

    @Test
    void glossaryDefinesTheTechnicalTerms() {
        Set<String> words = kb.glossary().stream()
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.id()), t.aliases().stream()))
                .collect(Collectors.toSet());
        for (String term : List.of("MSC", "PRP", "RCT", "placebo", "sham", "GRADE", "discectomy", "BMAC", "SVF", "HCT/P",
                "MID", "VAS", "ODI", "NSAID", "MRI", "FDA", "EMA", "COFEPRIS", "ISSCR")) {
            assertTrue(words.contains(term), term);
        }
    }

    @Test
    void metadataStatesVersionReviewFundingAndPurpose() {
        ContentMetadata m = kb.metadata();
        assertEquals("2026.11.0", m.contentVersion());
        assertEquals(LocalDate.of(2026, 11, 23), m.lastReviewed());
        assertEquals(LocalDate.of(2027, 11, 23), m.nextReviewDue());
        assertTrue(m.funding().english().contains("independent"));
        assertTrue(m.competingInterests().english().startsWith("None"));
        assertTrue(m.updatePolicy().english().contains("5 years"));
        assertFalse(m.whatItIs().english().isBlank());
        assertFalse(m.whatItIsNot().english().isBlank());
    }

    @Test
    void translatedTextFallsBackToEnglish() {
        LocalizedText text = new LocalizedText(Map.of("en", "Exercise", "es", "Ejercicio"));
        assertEquals("Ejercicio", text.in(Locale.forLanguageTag("es-MX")));
        assertEquals("Exercise", text.in(Locale.GERMAN));
    }

    @Test
    void lookUpsByIdAndUnknownIds() {
        assertEquals(kb.condition("KNEE_OSTEOARTHRITIS").orElseThrow().options(), kb.optionsFor("KNEE_OSTEOARTHRITIS"));
        assertTrue(kb.optionsFor("NO_SUCH_CONDITION").isEmpty());
        assertTrue(kb.option("no-such-option").isEmpty());
        assertTrue(kb.redFlag("SADDLE_NUMBNESS").isPresent());
        assertTrue(kb.glossaryTerm("MSC").isPresent());
        assertEquals(101, kb.sources().size());
    }

    @Test
    void knowledgePackageUsesNeitherJavaFxNorTheAdviceLayer() {
        noClasses().that().resideInAPackage("org.secondlook.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.secondlook.advice..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.secondlook.knowledge"));
    }
}
