package org.secondlook.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded, validated evidence content. Immutable; look-ups by id. */
public final class KnowledgeBase {

    private final ContentMetadata metadata;
    private final Map<String, Source> sources;
    private final Map<String, GlossaryTerm> glossary;
    private final Map<String, TreatmentOption> options;
    private final Map<String, Condition> conditions;
    private final GeneralContent general;

    KnowledgeBase(ContentMetadata metadata, List<Source> sources, List<GlossaryTerm> glossary,
            List<TreatmentOption> options, List<Condition> conditions, GeneralContent general) {
        this.metadata = metadata;
        this.sources = byId(sources, Source::id);
        this.glossary = byId(glossary, GlossaryTerm::id);
        this.options = byId(options, TreatmentOption::id);
        this.conditions = byId(conditions, Condition::id);
        this.general = general;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return java.util.Collections.unmodifiableMap(items.stream()
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    public ContentMetadata metadata() {
        return metadata;
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions.values());
    }

    public Optional<Condition> condition(String conditionId) {
        return Optional.ofNullable(conditions.get(conditionId));
    }

    /** The options for a condition, in the order the content lists them; empty for an unknown condition. */
    public List<ConditionOption> optionsFor(String conditionId) {
        Condition condition = conditions.get(conditionId);
        return condition == null ? List.of() : condition.options();
    }

    public List<TreatmentOption> options() {
        return List.copyOf(options.values());
    }

    public Optional<TreatmentOption> option(String optionId) {
        return Optional.ofNullable(options.get(optionId));
    }

    public List<RedFlagInfo> redFlags() {
        return general.redFlags();
    }

    public Optional<RedFlagInfo> redFlag(String redFlagId) {
        return general.redFlags().stream().filter(f -> f.id().equals(redFlagId)).findFirst();
    }

    /** How well red flags predict a serious cause. */
    public Fact redFlagAccuracy() {
        return general.redFlagAccuracy();
    }

    public List<DurationCategory> durationCategories() {
        return general.durationCategories();
    }

    /** The smallest change in pain people notice, as our sources put it. */
    public Fact meaningfulDifference() {
        return general.meaningfulDifference();
    }

    public List<IsscrQuestion> isscrQuestions() {
        return general.isscrQuestions();
    }

    public Fact isscrAdvice() {
        return general.isscrAdvice();
    }

    public List<MarketingClaim> claims() {
        return general.claims();
    }

    public List<MarketingClaim> claimsFor(String optionId) {
        return general.claims().stream().filter(c -> c.options().contains(optionId)).toList();
    }

    public List<GlossaryTerm> glossary() {
        return List.copyOf(glossary.values());
    }

    public Optional<GlossaryTerm> glossaryTerm(String termId) {
        return Optional.ofNullable(glossary.get(termId));
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> source(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    /** The true/false questions for a condition; empty for an unknown condition. */
    public List<KnowledgeCheck> knowledgeChecksFor(String conditionId) {
        Condition condition = conditions.get(conditionId);
        return condition == null ? List.of() : condition.knowledgeChecks();
    }

    /** Every patient-facing text field with its place; source citations are not patient-facing and are left out. */
    public List<PatientText> patientTexts() {
        List<PatientText> texts = new java.util.ArrayList<>();
        walk(new ContentWalker.Visitor() {
            @Override
            public void text(PatientText text) {
                texts.add(text);
            }
        });
        return List.copyOf(texts);
    }

    void walk(ContentWalker.Visitor visitor) {
        ContentWalker walker = new ContentWalker(visitor);
        walker.metadata(metadata);
        walker.glossary(glossary());
        walker.options(options());
        walker.conditions(conditions());
        walker.general(general);
    }
}
