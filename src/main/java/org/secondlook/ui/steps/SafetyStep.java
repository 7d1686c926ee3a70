package org.secondlook.ui.steps;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.RedFlagInfo;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.Ids;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** Safety first: each warning sign answered yes or no before anything else. */
public final class SafetyStep extends StepBase {

    private final KnowledgeBase knowledge;
    private final WizardState state;

    public SafetyStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.SAFETY, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> {
            long unanswered = Arrays.stream(RedFlag.values()).filter(flag -> !state.redFlags.containsKey(flag)).count();
            return unanswered == 0 ? null : messages.format("safety.blocker", unanswered);
        }, state.redFlags));
    }

    @Override
    protected Node build() {
        VBox page = new VBox(
                Texts.heading(messages.get("safety.title"), 1),
                Texts.paragraph(messages.get("safety.intro")));
        page.getChildren().add(Texts.heading(messages.get("safety.anyPain"), 2));
        addFlags(page, Arrays.stream(RedFlag.values()).filter(flag -> flag.asksAbout(Site.LOW_BACK)).toList());
        page.getChildren().add(Texts.heading(messages.get("safety.kneePain"), 2));
        addFlags(page, Arrays.stream(RedFlag.values()).filter(flag -> !flag.asksAbout(Site.LOW_BACK)).toList());
        page.getStyleClass().add("step-page");
        return page;
    }

    private void addFlags(VBox page, List<RedFlag> flags) {
        for (RedFlag flag : flags) {
            RedFlagInfo info = knowledge.redFlag(flag.name()).orElseThrow();
            page.getChildren().add(ChoiceGroup.row(info.sign().in(messages.locale()), List.of(Boolean.TRUE, Boolean.FALSE),
                    yes -> messages.get(yes ? "answer.yes" : "answer.no"), MapEntryProperty.of(state.redFlags, flag),
                    "flag-" + Ids.of(flag)));
        }
    }
}
