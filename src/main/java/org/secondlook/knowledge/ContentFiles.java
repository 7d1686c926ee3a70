package org.secondlook.knowledge;

import java.util.List;

/** The JSON files that make up the content, and the shapes they bind to. */
final class ContentFiles {

    static final String METADATA = "metadata.json";
    static final String SOURCES = "sources.json";
    static final String GLOSSARY = "glossary.json";
    static final String OPTIONS = "options.json";
    static final String CONDITIONS = "conditions.json";
    static final String GENERAL = "general.json";

    static final List<String> ALL = List.of(METADATA, SOURCES, GLOSSARY, OPTIONS, CONDITIONS, GENERAL);

    record SourcesFile(List<Source> sources) {
    }

    record GlossaryFile(List<GlossaryTerm> terms) {
    }

    record OptionsFile(List<TreatmentOption> options) {
    }

    record ConditionsFile(List<Condition> conditions) {
    }

    static String schemaFor(String file) {
        return "schema/" + file.replace(".json", ".schema.json");
    }

    private ContentFiles() {
    }
}
