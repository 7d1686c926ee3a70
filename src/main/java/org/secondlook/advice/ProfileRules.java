package org.secondlook.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.TreatmentOption;
import org.secondlook.text.Quote;

/**
 * The checks a profile must pass before it is stored or the engine reads it, whether it came from a profile file, an
 * imported session or the screens: one set of rules, with the limits of {@link InputRules}.
 */
public final class ProfileRules {

    private final KnowledgeBase kb;
    private final AdviceText text;

    public ProfileRules(KnowledgeBase kb) {
        this(kb, Locale.ENGLISH);
    }

    /** Rules whose messages are in the language of {@code locale}. */
    public ProfileRules(KnowledgeBase kb, Locale locale) {
        this(kb, new AdviceText(locale));
    }

    ProfileRules(KnowledgeBase kb, AdviceText text) {
        this.kb = kb;
        this.text = text;
    }

    /** Throws {@link ProfileException} naming the first field that breaks a rule. */
    public void check(Profile profile) {
        required("site", profile.site());
        required("diagnosis", profile.diagnosis());
        range("painDurationWeeks", profile.painDurationWeeks(), 0, Profile.MAX_DURATION_WEEKS);
        range("painIntensity", profile.painIntensity(), 0, Profile.MAX_INTENSITY);
        ratings("impact", profile.impact());
        ratings("priorities", profile.priorities());
        if (!profile.diagnosis().appliesTo(profile.site())) {
            throw new ProfileException("diagnosis", text.text("profile.wrongSite", profile.diagnosis().name(),
                    profile.site().name(), diagnosesFor(profile.site())));
        }
        List<PriorTreatment> tried = profile.priorTreatments();
        if (tried.size() > InputRules.MAX_PRIOR_TREATMENTS) {
            throw new ProfileException("priorTreatments", text.text("profile.tooMany", "priorTreatments",
                    String.valueOf(tried.size()), String.valueOf(InputRules.MAX_PRIOR_TREATMENTS)));
        }
        for (int i = 0; i < tried.size(); i++) {
            String field = "priorTreatments[" + i + "]";
            knownOption(field + ".option", tried.get(i).option());
            if (tried.get(i).weeks() != null) {
                range(field + ".weeks", tried.get(i).weeks(), 0, Profile.MAX_DURATION_WEEKS);
            }
        }
        if (profile.leaning() != null) {
            knownOption("leaning", profile.leaning());
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            throw new ProfileException(field, text.text("profile.missing", field));
        }
    }

    private void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ProfileException(field, text.text("profile.outOfRange", field,
                    String.valueOf(value), String.valueOf(min), String.valueOf(max)));
        }
    }

    private <K extends Enum<K>> void ratings(String field, Map<K, Integer> ratings) {
        ratings.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> range(field + "." + e.getKey().name(), e.getValue(), Priority.MIN_RATING, Priority.MAX_RATING));
    }

    private void knownOption(String field, String optionId) {
        if (kb.option(optionId).isEmpty()) {
            String known = kb.options().stream().map(TreatmentOption::id).collect(Collectors.joining(", "));
            throw new ProfileException(field, text.text("profile.unknownOption", field, Quote.of(optionId), known));
        }
    }

    private static String diagnosesFor(Site site) {
        return Arrays.stream(Diagnosis.values()).filter(d -> d.appliesTo(site))
                .map(Diagnosis::name).collect(Collectors.joining(", "));
    }
}
