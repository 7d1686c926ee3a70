package org.secondlook.ui.steps;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.secondlook.advice.AdviceEngine;
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
 * Shown only when a warning sign was answered yes: what to do now, with the emergency number (the engine's words,
 * repeated first in the next steps), then each sign and why. The person goes on only after saying they have read it.
 */
public final class UrgentStep extends StepBase {

    private final KnowledgeBase knowledge;
    private final AdviceEngine engine;
    private final WizardState state;

    public UrgentStep(Messages messages, KnowledgeBase knowledge, AdviceEngine engine, WizardState state) {
        super(StepId.URGENT, messages);
        this.knowledge = knowledge;
        this.engine = engine;
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
        VBox now = new VBox(engine.urgentCare(state.country.get(), messages.locale()).stream()
                .map(line -> (Node) Texts.paragraph(line)).toArray(Node[]::new));
        now.setId("urgent-now");
        now.getStyleClass().add("notice");
        VBox page = new VBox(Texts.heading(messages.get("urgent.title"), 1), now);
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
        CheckBox understood = new CheckBox(messages.get("urgent.acknowledge"));
        understood.setId("urgent-acknowledge");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(state.urgentAcknowledged);
        page.getChildren().add(understood);
        return page;
    }
}
