package org.secondlook.ui.steps;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.RedFlag;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.RedFlagInfo;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/**
 * Shown only when a warning sign was answered yes: what to do now and why. The person goes on only
 * after saying they have read it.
 */
public final class UrgentStep extends StepBase {

    private final KnowledgeBase knowledge;
    private final WizardState state;

    public UrgentStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.URGENT, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(
                () -> state.urgentAcknowledged.get() ? null : messages.get("urgent.blocker"), state.urgentAcknowledged));
    }

    @Override
    public void onShow() {
        rebuild();
    }

    @Override
    protected Node build() {
        VBox page = new VBox(
                Texts.heading(messages.get("urgent.title"), 1),
                Texts.paragraph(messages.get("urgent.intro")));
        page.getStyleClass().addAll("step-page");
        for (RedFlag flag : state.redFlagsAnsweredYes()) {
            RedFlagInfo info = knowledge.redFlag(flag.name()).orElseThrow();
            VBox box = new VBox(
                    Texts.heading(info.sign().in(messages.locale()), 2),
                    Texts.paragraph(messages.get("urgent.whatToDo") + " " + info.whatToDo().in(messages.locale())),
                    Texts.paragraph(messages.get("urgent.why") + " " + info.why().text().in(messages.locale())),
                    Texts.note(Sources.cite(knowledge, info.why().sources(), messages)));
            box.getStyleClass().add("urgent-box");
            page.getChildren().add(box);
        }
        page.getChildren().addAll(Texts.paragraph(knowledge.redFlagAccuracy().text().in(messages.locale())),
                Texts.note(Sources.cite(knowledge, knowledge.redFlagAccuracy().sources(), messages)));
        page.getChildren().add(Texts.paragraph(messages.get("urgent.emergency")));
        CheckBox understood = new CheckBox(messages.get("urgent.acknowledge"));
        understood.setId("urgent-acknowledge");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(state.urgentAcknowledged);
        page.getChildren().add(understood);
        return page;
    }
}
