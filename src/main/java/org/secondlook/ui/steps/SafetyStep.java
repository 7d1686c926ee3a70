package org.secondlook.ui.steps;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.advice.StepId;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.RedFlagInfo;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.Ids;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** Safety first: where it hurts, then each warning sign for that site answered yes or no before anything else. */
public final class SafetyStep extends StepBase {

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private final VBox flags = new VBox();

    public SafetyStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.SAFETY, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> {
            if (state.site.get() == null) {
                return messages.get("safety.blocker.site");
            }
            long unanswered = asked(state.site.get()).stream().filter(flag -> !state.redFlags.containsKey(flag)).count();
            return unanswered == 0 ? null : messages.format("safety.blocker", unanswered);
        }, state.site, state.redFlags));
        state.site.addListener(obs -> showFlags());
    }

    /** The warning signs asked for pain at {@code site}. */
    public static List<RedFlag> asked(Site site) {
        return Arrays.stream(RedFlag.values()).filter(flag -> flag.asksAbout(site)).toList();
    }

    @Override
    protected Node build() {
        VBox page = new VBox(
                Texts.heading(messages.get("safety.title"), 1),
                Texts.paragraph(messages.get("safety.intro")),
                ChoiceGroup.row(messages.get("pain.site"), List.of(Site.values()), site -> messages.of("site", site),
                        state.site, "site"),
                flags);
        page.getStyleClass().add("step-page");
        showFlags();
        return page;
    }

    private void showFlags() {
        Site site = state.site.get();
        if (site == null) {
            flags.getChildren().setAll(Texts.note(messages.get("safety.siteFirst")));
            return;
        }
        flags.getChildren().setAll(Texts.heading(messages.format("safety.signs", messages.of("site", site)), 2));
        for (RedFlag flag : asked(site)) {
            RedFlagInfo info = knowledge.redFlag(flag.name()).orElseThrow();
            flags.getChildren().add(ChoiceGroup.row(info.sign().in(messages.locale()), List.of(Boolean.TRUE, Boolean.FALSE),
                    yes -> messages.get(yes ? "answer.yes" : "answer.no"), MapEntryProperty.of(state.redFlags, flag),
                    "flag-" + Ids.of(flag)));
        }
    }
}
