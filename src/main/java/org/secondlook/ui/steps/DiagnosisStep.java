package org.secondlook.ui.steps;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.Condition;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.Conditions;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** The diagnosis the person was given, each explained; "not diagnosed" explains how diagnosis works. */
public final class DiagnosisStep extends StepBase {

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private Site builtFor;

    public DiagnosisStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.DIAGNOSIS, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> {
            Diagnosis diagnosis = state.diagnosis.get();
            return diagnosis == null || !diagnosis.appliesTo(state.site.get()) ? messages.get("diagnosis.blocker") : null;
        }, state.diagnosis, state.site));
    }

    @Override
    public void onShow() {
        if (builtFor != state.site.get()) {
            rebuild();
        }
    }

    @Override
    protected Node build() {
        builtFor = state.site.get();
        Locale locale = messages.locale();
        List<Diagnosis> choices = Arrays.stream(Diagnosis.values()).filter(d -> d.appliesTo(builtFor)).toList();
        VBox page = new VBox(Texts.heading(messages.get("diagnosis.title"), 1),
                Texts.paragraph(messages.get("diagnosis.intro")));
        page.getStyleClass().add("step-page");
        page.getChildren().add(ChoiceGroup.column(messages.get("diagnosis.question"), choices,
                d -> Conditions.condition(knowledge, d, builtFor).name().in(locale), state.diagnosis, "diagnosis"));

        Label description = Texts.paragraph("");
        description.setId("diagnosis-description");
        Label howDiagnosed = Texts.paragraph("");
        howDiagnosed.setId("diagnosis-how");
        Label sources = Texts.note("");
        VBox explanation = new VBox(Texts.heading(messages.get("diagnosis.about"), 2), description, howDiagnosed, sources);
        explanation.getStyleClass().add("info-box");
        state.diagnosis.subscribe(diagnosis -> {
            explanation.setVisible(diagnosis != null && diagnosis.appliesTo(builtFor));
            explanation.setManaged(explanation.isVisible());
            if (explanation.isVisible()) {
                Condition condition = Conditions.condition(knowledge, diagnosis, builtFor);
                description.setText(condition.description().in(locale));
                howDiagnosed.setText(condition.howDiagnosed() == null ? ""
                        : condition.howDiagnosed().text().in(locale)
                                + (condition.howDiagnosed().unconfirmed() ? " " + messages.get("fact.unconfirmed") : ""));
                sources.setText(condition.howDiagnosed() == null ? ""
                        : Sources.cite(knowledge, condition.howDiagnosed().sources(), messages));
                // Conditions whose sources do not say how they are diagnosed show the description alone.
                for (Label line : List.of(howDiagnosed, sources)) {
                    line.setVisible(!line.getText().isEmpty());
                    line.setManaged(line.isVisible());
                }
            }
        });
        page.getChildren().add(explanation);
        page.getChildren().add(ChoiceGroup.row(messages.get("diagnosis.imaging"), List.of(Boolean.TRUE, Boolean.FALSE),
                yes -> messages.get(yes ? "answer.yes" : "answer.no"), state.imagingDone, "imaging"));
        return page;
    }
}
