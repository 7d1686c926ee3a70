package org.secondlook.ui.common;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.secondlook.advice.ConditionIds;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.BodySite;
import org.secondlook.knowledge.Condition;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.TreatmentOption;

/** Maps the person's answers (site, diagnosis) to the knowledge base's conditions and options. */
public final class Conditions {

    private Conditions() {
    }

    public static BodySite bodySite(Site site) {
        return site == Site.KNEE ? BodySite.KNEE : BodySite.BACK;
    }

    public static Condition condition(KnowledgeBase knowledge, Diagnosis diagnosis, Site site) {
        return knowledge.condition(ConditionIds.of(diagnosis, site)).orElseThrow();
    }

    /** Every option listed for any condition at this site, by name: the "already tried" checklist. */
    public static List<TreatmentOption> optionsAt(KnowledgeBase knowledge, Site site, Locale locale) {
        Map<String, TreatmentOption> options = new LinkedHashMap<>();
        knowledge.conditions().stream()
                .filter(condition -> condition.site() == bodySite(site))
                .flatMap(condition -> condition.options().stream())
                .forEach(option -> options.putIfAbsent(option.option(), knowledge.option(option.option()).orElseThrow()));
        return options.values().stream().sorted(Comparator.comparing(option -> option.name().in(locale))).toList();
    }
}
