package org.secondlook.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.Mode;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.options.OptionsStep;
import org.secondlook.ui.wizard.WizardState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Timing harness, not a test: how long the JavaFX thread is busy when the person switches the
 * options they compare, for the condition with the most options. Each switch rebuilds the table,
 * then CSS and layout run as in the next frame. Prints median and worst; the goal is under 50 ms.
 * Run: mvn test -Dbenchmarks.excluded=none -Dgroups=benchmark -Dtest=ComparisonSwitchBenchmark
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ComparisonSwitchBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 60;

    @Test
    void switchingComparedOptions(FxRobot robot) throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.loadBuiltIn();
        String largest = knowledge.conditions().stream()
                .max(java.util.Comparator.comparingInt(c -> c.options().size())).orElseThrow().id();
        WizardState state = new WizardState(new AdviceEngine(knowledge), Locale.ENGLISH);
        state.mode.set(Mode.SELF);
        state.site.set(Site.LOW_BACK);
        state.duration.set(DurationAnswer.fromWeeks(30));
        state.intensity.set(6);
        state.diagnosis.set(Diagnosis.valueOf(largest));
        OptionsStep step = new OptionsStep(new Messages(Locale.ENGLISH), knowledge, state);
        Stage[] holder = new Stage[1];
        robot.interact(() -> {
            holder[0] = new Stage();
            Stage stage = holder[0];
            step.onShow();
            stage.setScene(new Scene(new ScrollPane(step.content()), 1400, 1000));
            stage.getScene().getStylesheets().add(OptionsStep.class.getResource("/org/secondlook/ui/theme/base.css").toExternalForm());
            stage.show();
        });
        Stage stage = holder[0];
        List<String> ids = state.decision().get().advice().options().stream().map(OptionAdvice::id).toList();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            List<String> pick = List.of(ids.get(i % ids.size()), ids.get((i + 7) % ids.size()),
                    ids.get((i + 13) % ids.size()), ids.get((i + 19) % ids.size()));
            double[] took = new double[1];
            robot.interact(() -> {
                long start = System.nanoTime();
                state.comparedOptions.setAll(pick);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                took[0] = (System.nanoTime() - start) / 1e6;
            });
            if (i >= WARM_UP) {
                millis.add(took[0]);
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "comparison switch (%s, %d options, 4 compared): median %.1f ms, p90 %.1f ms, worst %.1f ms%n",
                largest, ids.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.getLast());
        robot.interact(stage::close);
    }
}
