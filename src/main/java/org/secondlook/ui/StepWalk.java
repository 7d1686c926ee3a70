package org.secondlook.ui;

import javafx.application.Platform;
import org.secondlook.advice.StepId;
import org.secondlook.session.SessionAnswers;
import org.secondlook.ui.wizard.WizardModel;

/** Shows every step of the window with one person's answers, a frame each, by the wizard's own navigation. */
final class StepWalk {

    private StepWalk() {
    }

    static void everyStep(MainWindow window, SessionAnswers answers, Runnable then) {
        window.state().replaceWith(answers, null);
        window.wizard().reopenAt(StepId.LAST);
        show(window, 0, then);
    }

    private static void show(MainWindow window, int index, Runnable then) {
        WizardModel wizard = window.wizard();
        if (index == wizard.steps().size()) {
            then.run();
            return;
        }
        wizard.goTo(index);
        FirstFrame.whenDrawn(window.stage().getScene(), () -> show(window, index + 1, then));
        Platform.requestNextPulse();
    }
}
