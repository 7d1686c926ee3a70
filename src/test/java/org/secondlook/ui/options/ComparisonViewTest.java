package org.secondlook.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.Certainty;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.knowledge.MarketingClaim;
import org.secondlook.knowledge.OutOf100;
import org.secondlook.session.Mode;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.wizard.WizardState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The options step on its own: picking options, icon arrays, badges, the claims panel, glossary pop-overs, keyboard. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static KnowledgeBase knowledge;

    /** Loaded before the window opens, so the content's checks do not count against the window's start-up time. */
    @org.junit.jupiter.api.BeforeAll
    static void loadContent() throws Exception {
        knowledge = KnowledgeLoader.loadBuiltIn();
    }

    @TempDir
    Path dir;
    private Stage stage;
    private WizardState state;

    @Start
    void start(Stage unused) throws Exception {
        state = new WizardState(new AdviceEngine(knowledge), Locale.ENGLISH);
        state.mode.set(Mode.SELF);
        state.site.set(Site.LOW_BACK);
        state.duration.set(DurationAnswer.fromWeeks(10));
        state.intensity.set(7);
        state.diagnosis.set(Diagnosis.HERNIATED_DISC_SCIATICA);
        state.priorities.put(Priority.AVOID_SURGERY, 4);
        state.country.set(org.secondlook.advice.Country.US);
        state.budget.set(org.secondlook.advice.Budget.UNDER_10000);
        OptionsStep step = new OptionsStep(MESSAGES, knowledge, state);
        step.onShow();
        ScrollPane scroller = new ScrollPane(step.content());
        scroller.setFitToWidth(true);
        stage = new Stage();
        stage.setScene(new Scene(scroller, 1400, 1000));
        stage.getScene().getStylesheets().add(OptionsStep.class.getResource("/org/secondlook/ui/theme/base.css").toExternalForm());
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private void pick(FxRobot robot, List<String> ids) {
        robot.interact(() -> {
            state.comparedOptions.setAll(ids);
            robot.lookup("#view-compare").queryAs(ToggleButton.class).setSelected(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pickingOptionsChangesTheColumnsAndAtMostFourCanBePicked(FxRobot robot) {
        pick(robot, List.of("self-care", "discectomy"));
        assertEquals(2, robot.lookup(".comparison-option").queryAll().size());
        robot.interact(() -> robot.lookup("#compare-gabapentinoids").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#compare-muse-cells").queryAs(CheckBox.class).setSelected(true));
        assertEquals(java.util.Set.of("self-care", "discectomy", "gabapentinoids", "muse-cells"),
                java.util.Set.copyOf(state.comparedOptions));
        assertEquals(state.decision().get().comparison(), robot.lookup(".comparison-option").queryAllAs(Label.class)
                .stream().map(label -> idOf(label.getText())).toList(), "columns in the engine's order");
        assertEquals(4, robot.lookup(".comparison-option").queryAll().size());
        assertTrue(robot.lookup("#compare-opioids").queryAs(CheckBox.class).isDisabled(), "a fifth cannot be added");
        robot.interact(() -> robot.lookup("#compare-muse-cells").queryAs(CheckBox.class).setSelected(false));
        assertFalse(robot.lookup("#compare-opioids").queryAs(CheckBox.class).isDisabled());
        pick(robot, List.of("self-care"));
        assertTrue(robot.lookup("#compare-hint").tryQuery().isPresent(), "one option alone asks for a second");
    }

    @Test
    void iconArraysShowTheContentsNumbersOutOfTheSame100(FxRobot robot) {
        pick(robot, List.of("self-care", "gabapentinoids"));
        List<IconArray> arrays = robot.lookup(".icon-array").queryAllAs(IconArray.class).stream().toList();
        List<OutOf100> expected = java.util.stream.Stream.of("self-care", "gabapentinoids")
                .flatMap(id -> knowledge.condition("HERNIATED_DISC_SCIATICA").orElseThrow().option(id).orElseThrow().outOf100().stream())
                .toList();
        long groups = expected.stream().mapToLong(n -> n.comparison() == null ? 1 : 2).sum();
        assertEquals(groups, arrays.size());
        for (IconArray array : arrays) {
            assertEquals(array.affected(), filledPeopleDrawn(robot, array), "the drawing shows the number");
            assertTrue(array.getAccessibleText().contains(array.affected() + " out of 100"), array.getAccessibleText());
        }
        assertTrue(arrays.stream().anyMatch(a -> a.affected() == 60), "Peul: 60 of 100 got better without surgery");
        assertTrue(arrays.stream().anyMatch(a -> a.affected() == 64) && arrays.stream().anyMatch(a -> a.affected() == 43),
                "PRECISE: side effects 64 vs 43 of 100");
    }

    /** Counts the people drawn filled, by looking at the middle of each person's body in a snapshot. */
    private static int filledPeopleDrawn(FxRobot robot, IconArray array) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = array.snapshot(null, null));
        double cell = image[0].getWidth() / 10;
        int filled = 0;
        for (int i = 0; i < IconArray.PEOPLE; i++) {
            javafx.scene.paint.Color colour = image[0].getPixelReader().getColor(
                    (int) ((i % 10) * cell + cell / 2), (int) ((i / 10) * cell + cell * 0.69));
            if (colour.getBrightness() < 0.8) {
                filled++;
            }
        }
        return filled;
    }

    @Test
    void everyCertaintyLevelHasItsOwnWordsAndMarks(FxRobot robot) {
        for (Certainty certainty : Certainty.values()) {
            CertaintyBadge badge = new CertaintyBadge(certainty, MESSAGES);
            assertTrue(badge.getText().contains(MESSAGES.of("certainty", certainty)), certainty.name());
            assertTrue(badge.getAccessibleText().contains(MESSAGES.of("certainty.wording", certainty)));
            assertTrue(badge.getStyleClass().contains("certainty-" + certainty.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        assertEquals("\u25a0\u25a0\u25a0\u25a0", CertaintyBadge.marks(Certainty.HIGH));
        assertEquals("\u25a1\u25a1\u25a1\u25a1", CertaintyBadge.marks(Certainty.NO_GOOD_TRIALS));
        assertFalse(CertaintyBadge.marks(Certainty.NOT_ASSESSED).contains("\u25a1"), "not graded is not 'no good trials'");
    }

    @Test
    void badgeWordingShowsOnKeyboardFocus(FxRobot robot) {
        pick(robot, List.of("self-care", "discectomy"));
        CertaintyBadge badge = robot.lookup("#comparison .certainty-badge").queryAs(CertaintyBadge.class);
        robot.interact(badge::requestFocus);
        assertTrue(badge.getTooltip().isShowing(), "the GRADE wording is shown without a mouse");
    }

    @Test
    void experimentalOptionsComeWithTheClaimsPanelAndTheClinicChecklist(FxRobot robot) {
        pick(robot, List.of("self-care", "bone-marrow-cells"));
        assertTrue(robot.lookup("#experimental-bone-marrow-cells").tryQuery().isPresent());
        List<MarketingClaim> claims = knowledge.claimsFor("bone-marrow-cells");
        assertFalse(claims.isEmpty());
        for (MarketingClaim claim : claims) {
            assertTrue(robot.lookup("#experimental-bone-marrow-cells .label").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().contains(claim.claim().english())), claim.id());
        }
        String first = knowledge.isscrQuestions().get(0).id();
        robot.interact(() -> robot.lookup("#isscr-bone-marrow-cells-" + first).queryAs(CheckBox.class).setSelected(true));
        assertTrue(state.checklist.contains("bone-marrow-cells:" + first), "the tick is kept for the printout");
        pick(robot, List.of("self-care", "discectomy"));
        assertTrue(robot.lookup(".stem-cell-panel").tryQuery().isEmpty(), "no claims panel for established options");
        pick(robot, List.of("self-care", "prp-injection"));
        assertTrue(robot.lookup("#experimental-prp-injection").tryQuery().isPresent());
        assertTrue(robot.lookup("#isscr-prp-injection-" + first).tryQuery().isEmpty(),
                "the stem-cell clinic checklist is for cell therapies, not PRP");
    }

    @Test
    void glossaryWordsOpenTheirMeaning(FxRobot robot) {
        pick(robot, List.of("self-care", "discectomy"));
        Hyperlink link = robot.lookup(".glossary-link").queryAllAs(Hyperlink.class).iterator().next();
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".glossary-popover").tryQuery().isPresent(), "a pop-over explains " + link.getText());
    }

    @Test
    void keyboardAloneTicksAnOptionToCompare(FxRobot robot) {
        pick(robot, List.of("self-care", "discectomy"));
        robot.interact(() -> robot.lookup("#view-overview").queryAs(ToggleButton.class).setSelected(true));
        CheckBox box = robot.lookup("#compare-gabapentinoids").queryAs(CheckBox.class);
        robot.interact(box::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(state.comparedOptions.contains("gabapentinoids"));
        robot.type(KeyCode.TAB);
        assertFalse(box.isFocused(), "Tab moves on to the next control");
    }

    @Test
    void outOfPocketEstimateMultipliesThePriceAndAddsTravel(FxRobot robot) {
        pick(robot, List.of("self-care", "epidural-steroid-injection"));
        robot.interact(() -> {
            robot.lookup("#estimate-sessions-epidural-steroid-injection").queryAs(javafx.scene.control.Spinner.class)
                    .getValueFactory().setValue(2);
            robot.lookup("#estimate-flights").queryAs(javafx.scene.control.TextField.class).setText("500");
            robot.lookup("#estimate-companion").queryAs(javafx.scene.control.TextField.class).setText("2x0");
        });
        org.secondlook.advice.CostLine line = state.decision().get().advice().option("epidural-steroid-injection").orElseThrow()
                .cost().lines().get(0);
        String total = robot.lookup("#estimate-total-epidural-steroid-injection").queryAs(Label.class).getText();
        String low = org.secondlook.text.Money.amount(line.min() * 2 + 500, line.currency(), MESSAGES);
        String high = org.secondlook.text.Money.amount(line.max() * 2 + 500, line.currency(), MESSAGES);
        assertTrue(total.contains(low) && total.contains(high), total);
        assertEquals("", robot.lookup("#estimate-companion").queryAs(javafx.scene.control.TextField.class).getText(),
                "letters are not taken as dollars");
        pick(robot, List.of("self-care", "epidural-steroid-injection", "discectomy"));
        assertEquals("500", robot.lookup("#estimate-flights").queryAs(javafx.scene.control.TextField.class).getText(),
                "switching options keeps what was entered");
    }

    @Test
    void travelTypedInTheEstimateReachesEveryBudgetCheckWithoutLosingTheField(FxRobot robot) {
        pick(robot, List.of("self-care", "epidural-steroid-injection"));
        javafx.scene.control.TextField flights = robot.lookup("#estimate-flights")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(flights::requestFocus);
        robot.write("1200");
        org.testfx.util.WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(flights.isFocused() && flights.getScene() != null, "the field being typed in stays");
        assertEquals("1200", flights.getText());
        assertTrue(state.decision().get().advice().option("epidural-steroid-injection").orElseThrow().cost().notes()
                .stream().anyMatch(n -> n.startsWith("With the travel you entered")), "the engine adds the travel");
        assertTrue(robot.lookup("#comparison-area .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("With the travel you entered")), "and the screen says so");
    }

    @Test
    void answersThatNoLongerFitTheContentAreExplainedAndBlockNext(FxRobot robot) {
        WizardState stale = new WizardState(new AdviceEngine(knowledge), Locale.ENGLISH);
        stale.mode.set(Mode.SELF);
        stale.site.set(Site.KNEE);
        stale.duration.set(DurationAnswer.fromWeeks(20));
        stale.intensity.set(5);
        stale.diagnosis.set(Diagnosis.KNEE_OSTEOARTHRITIS);
        stale.tried.put("laser-knee-wrap", new org.secondlook.advice.PriorTreatment("laser-knee-wrap",
                org.secondlook.advice.Outcome.HELPED, null));
        OptionsStep step = new OptionsStep(MESSAGES, knowledge, stale);
        robot.interact(step::onShow);
        Label message = (Label) step.content().lookup("#answers-do-not-fit");
        assertTrue(message.getText().contains("laser-knee-wrap"), message.getText());
        assertEquals(MESSAGES.get("options.blocker"), step.blocker().getValue());
    }

    @Test
    void everyOptionHasARowAndTheComparisonIsOneClickAway(FxRobot robot) {
        List<String> rows = robot.lookup(".option-row").queryAll().stream().map(n -> n.getId().substring("row-".length()))
                .toList();
        assertEquals(knowledge.optionsFor("HERNIATED_DISC_SCIATICA").size(), rows.size(), "nothing is left out");
        assertTrue(robot.lookup("#options-overview").query().isVisible());
        assertFalse(robot.lookup("#comparison-area").query().isVisible());
        robot.clickOn("#view-compare");
        assertTrue(robot.lookup("#comparison-area").query().isVisible());
        assertFalse(robot.lookup("#options-overview").query().isVisible());
        robot.clickOn("#view-overview");
        robot.clickOn("#details-discectomy");
        assertTrue(robot.lookup("#card-discectomy").tryQuery().isPresent(), "details open under the row");
    }

    private String idOf(String name) {
        return knowledge.options().stream().filter(o -> o.name().english().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void noOptionIsEverHiddenEvenWhenItClashesWithWhatMattersALot(FxRobot robot) {
        // Surgery clashes with "avoid surgery", rated 4: the priorities step promises it is still shown.
        assertTrue(robot.lookup("#row-discectomy").tryQuery().isPresent());
        assertTrue(robot.lookup("#hide-clashes").tryQuery().isEmpty());
        for (var option : state.decision().get().advice().options()) {
            assertTrue(robot.lookup("#row-" + option.id()).tryQuery().isPresent(), option.id());
        }
    }
}
