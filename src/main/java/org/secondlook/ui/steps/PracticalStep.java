package org.secondlook.ui.steps;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** Country, insurance, budget and travel: what shapes costs and access. */
public final class PracticalStep extends StepBase {

    private final WizardState state;

    public PracticalStep(Messages messages, WizardState state) {
        super(StepId.PRACTICAL, messages);
        this.state = state;
        blockWith(Bindings.createStringBinding(
                () -> state.country.get() == null ? messages.get("practical.blocker") : null, state.country));
    }

    @Override
    protected Node build() {
        // Mexico writes pesos with "$" too: the budget is labelled USD everywhere, and explained outside the US.
        Label inDollars = Texts.note(messages.get("practical.budget.usd"));
        inDollars.setId("budget-usd");
        inDollars.visibleProperty().bind(state.country.map(c -> c != Country.US).orElse(false));
        inDollars.managedProperty().bind(inDollars.visibleProperty());
        VBox page = new VBox(Texts.heading(messages.get("practical.title"), 1),
                Texts.paragraph(messages.get("practical.intro")),
                ChoiceGroup.row(messages.get("practical.country"), List.of(Country.values()),
                        c -> messages.of("country", c), state.country, "country"),
                ChoiceGroup.row(messages.get("practical.insured"), List.of(Boolean.TRUE, Boolean.FALSE),
                        yes -> messages.get(yes ? "answer.yes" : "answer.no"), state.insured, "insured"),
                ChoiceGroup.column(messages.get("practical.budget"), List.of(Budget.values()),
                        b -> messages.of("budget", b), state.budget, "budget"),
                inDollars,
                ChoiceGroup.row(messages.get("practical.travel"), List.of(Boolean.TRUE, Boolean.FALSE),
                        yes -> messages.get(yes ? "answer.yes" : "answer.no"), state.willingToTravel, "travel"));
        page.getStyleClass().add("step-page");
        return page;
    }
}
