package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.Fact;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.RedFlagInfo;

/** Turns the warning signs the person reported into urgent reasons, in a fixed order. Never drops a sign. */
final class RedFlagTriage {

    private final KnowledgeBase kb;
    private final AdviceText text;

    RedFlagTriage(KnowledgeBase kb, AdviceText text) {
        this.kb = kb;
        this.text = text;
    }

    List<UrgentReason> reasons(Profile profile) {
        return profile.redFlags().stream().sorted().map(this::reason).toList();
    }

    private UrgentReason reason(RedFlag flag) {
        return kb.redFlag(flag.name())
                .map(info -> fromContent(flag, info))
                .orElseGet(() -> new UrgentReason(flag, text.text("urgent.unknownSign"),
                        text.text("urgent.unknownWhatToDo"), text.text("urgent.unknownWhy"), List.of(), true));
    }

    private UrgentReason fromContent(RedFlag flag, RedFlagInfo info) {
        Fact why = info.why();
        return new UrgentReason(flag, info.sign().in(text.locale()), info.whatToDo().in(text.locale()),
                why.text().in(text.locale()), why.sources(), why.unconfirmed());
    }
}
