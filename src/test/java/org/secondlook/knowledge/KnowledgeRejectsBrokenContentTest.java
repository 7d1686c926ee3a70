package org.secondlook.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeRejectsBrokenContentTest {

    @TempDir
    Path dir;

    static Stream<Arguments> brokenContent() {
        return Stream.of(
                broken("invalid JSON", c -> c.write("options.json", c.text("options.json").replaceFirst("\\[", "[,")),
                        "options.json", "line 2", "not valid JSON"),
                broken("wrong type", c -> c.set("metadata.json", "/contentVersion", ContentDirectory.json("2026")),
                        "metadata.json", "/contentVersion", "string expected"),
                broken("missing field", c -> c.remove("sources.json", "/sources/0/citation"),
                        "sources.json", "/sources/0", "required property 'citation' not found"),
                broken("unknown source", c -> c.set("conditions.json", "/conditions/0/options/1/benefit/sources/0",
                        ContentDirectory.json("\"S999\"")),
                        "conditions.json", "/conditions/0/options/1/benefit/sources/0", "unknown source \"S999\""),
                broken("unknown option", c -> c.set("conditions.json", "/conditions/3/options/2/option",
                        ContentDirectory.json("\"magic-beans\"")),
                        "conditions.json", "/conditions/3/options/2/option", "unknown option \"magic-beans\""),
                broken("unknown option in a claim", c -> c.set("general.json", "/claims/0/options/0",
                        ContentDirectory.json("\"magic-beans\"")),
                        "general.json", "/claims/0/options/0", "unknown option \"magic-beans\""),
                broken("unknown glossary term", c -> c.set("options.json", "/options/1/terms/0",
                        ContentDirectory.json("\"flux capacitor\"")),
                        "options.json", "/options/1/terms/0", "unknown glossary term \"flux capacitor\""),
                broken("abbreviation not in the glossary", c -> c.set("options.json", "/options/0/whatItInvolves/text/en",
                        ContentDirectory.json("\"Ask your GP about it.\"")),
                        "options.json", "/options/0/whatItInvolves/text", "abbreviation \"GP\" is not in the glossary"),
                broken("cost min above max", c -> c.set("conditions.json", "/conditions/0/options/1/costs/0/min",
                        ContentDirectory.json("200")),
                        "conditions.json", "/conditions/0/options/1/costs/0/min", "cost min 200.0 is more than max 150.0"),
                broken("bad date", c -> c.set("metadata.json", "/lastReviewed", ContentDirectory.json("\"2026-13-40\"")),
                        "metadata.json", "/lastReviewed", "not a date in the form YYYY-MM-DD"),
                broken("empty text", c -> c.set("glossary.json", "/terms/0/definition/en", ContentDirectory.json("\"  \"")),
                        "glossary.json", "/terms/0/definition", "patient-facing text is empty"),
                broken("number without source", c -> c.set("conditions.json", "/conditions/2/options/0/outOf100/0/sources",
                        ContentDirectory.json("[]")),
                        "conditions.json", "/conditions/2/options/0/outOf100/0/sources", "number without a source"),
                broken("number in text without source", c -> c.set("general.json", "/claims/6/evidence/sources",
                        ContentDirectory.json("[]")),
                        "general.json", "/claims/6/evidence/text", "number without a source"),
                broken("number in unconfirmed text", c -> c.set("options.json", "/options/1/timeToEffect/text/en",
                        ContentDirectory.json("\"Works in 6 to 12 weeks.\"")),
                        "options.json", "/options/1/timeToEffect/text", "unconfirmed text must not give numbers"),
                broken("called a cure", c -> c.set("options.json", "/options/0/whatItInvolves/text/en",
                        ContentDirectory.json("\"A cure for back pain.\"")),
                        "options.json", "/options/0/whatItInvolves/text", "no option may be called a cure"),
                broken("relative risk alone", c -> c.set("conditions.json", "/conditions/2/options/6/benefit/text/en",
                        ContentDirectory.json("\"Surgery was less common soon after (RR 0.62).\"")),
                        "conditions.json", "/conditions/2/options/6/benefit/text", "relative risk without absolute numbers"),
                broken("percentage above 100", c -> c.set("conditions.json", "/conditions/2/options/0/outOf100/0/treated",
                        ContentDirectory.json("160")),
                        "conditions.json", "/conditions/2/options/0/outOf100/0/treated", "must be between 0 and 100"),
                broken("verified price for Mexico", c -> c.set("conditions.json", "/conditions/0/options/19/costs/1/verified",
                        ContentDirectory.json("true")),
                        "conditions.json", "/conditions/0/options/19/costs/1/verified", "Mexico costs must be unverified"),
                broken("guidelines disagree with one side only", c -> c.remove("conditions.json", "/conditions/0/options/8/guidelines/1"),
                        "conditions.json", "/conditions/0/options/8/guidelines", "at least two positions"),
                broken("established without a confirmed guideline line", c -> {
                            c.set("conditions.json", "/conditions/0/options/1/guidelines/1/says/unconfirmed",
                                    ContentDirectory.json("true"));
                            c.remove("conditions.json", "/conditions/0/options/1/guidelines/0");
                        },
                        "conditions.json", "/conditions/0/options/1/category", "needs at least one confirmed line from a guideline"),
                broken("pain on 0 to 100 beside figures on 0 to 10", c -> c.set("conditions.json",
                        "/conditions/5/options/5/benefit/text/en", ContentDirectory.json("\"Pain fell by 43.3 points out of 100.\"")),
                        "conditions.json", "/conditions/5/options/5", "pain is given both on 0 to 10 and on 0 to 100"),
                broken("figure without a time frame", c -> c.set("conditions.json", "/conditions/2/options/0/outOf100/0/timeFrame/en",
                        ContentDirectory.json("\"During the trial\"")),
                        "conditions.json", "/conditions/2/options/0/outOf100/0/timeFrame", "give the time frame"),
                broken("benefit neither stated nor said to be unstudied", c -> c.set("conditions.json",
                        "/conditions/0/options/1/benefit", ContentDirectory.json("null")),
                        "conditions.json", "/conditions/0/options/1/benefit", "state the benefit"),
                broken("harms neither stated nor said to be unstudied", c -> c.set("conditions.json",
                        "/conditions/0/options/1/harms", ContentDirectory.json("null")),
                        "conditions.json", "/conditions/0/options/1/harms", "state the harms"),
                broken("experimental option not graded", c -> c.set("conditions.json", "/conditions/0/options/19/certainty/grade",
                        ContentDirectory.json("\"NOT_ASSESSED\"")),
                        "conditions.json", "/conditions/0/options/19/certainty/grade", "an experimental option needs a grade"),
                broken("Why? repeats the label", c -> c.set("conditions.json", "/conditions/0/options/1/certainty/reason/text/en",
                        ContentDirectory.json("\"We are moderately confident in this evidence.\"")),
                        "conditions.json", "/conditions/0/options/1/certainty/reason", "must give the reason"),
                broken("experimental option without a UK regulator line", c -> c.set("options.json",
                        "/options/40/regulatory/3/regulator", ContentDirectory.json("\"FDA\"")),
                        "conditions.json", "/conditions/0/options/22/option", "needs a status for each of"),
                broken("a text without Spanish once the content lists Spanish", c -> {
                            c.set("metadata.json", "/languages", ContentDirectory.json("[\"en\", \"es\"]"));
                            c.remove("options.json", "/options/0/name/es");
                        },
                        "options.json", "/options/0/name", "no \"es\" text; metadata.json lists \"es\""),
                broken("a language Second Look is not written in", c -> c.set("metadata.json", "/languages",
                        ContentDirectory.json("[\"en\", \"fr\"]")),
                        "metadata.json", "/languages/1", "does not have a value in the enumeration"),
                broken("Spanish with other numbers than the English", c -> {
                            c.set("conditions.json", "/conditions/2/options/0/outOf100/0/timeFrame/es",
                                    ContentDirectory.json("\"A los 6 meses\""));
                        },
                        "conditions.json", "/conditions/2/options/0/outOf100/0/timeFrame/es", "the numbers differ"),
                broken("a cure in Spanish", c -> c.set("options.json", "/options/0/whatItInvolves/text/es",
                        ContentDirectory.json("\"Una cura para el dolor de espalda.\"")),
                        "options.json", "/options/0/whatItInvolves/text/es", "no option may be called a cure"),
                broken("an empty Spanish text", c -> c.set("glossary.json", "/terms/0/definition/es",
                        ContentDirectory.json("\" \"")),
                        "glossary.json", "/terms/0/definition/es", "translation is empty"),
                broken("missing file", c -> c.delete("general.json"), "general.json", "", "file is missing"),
                broken("text after the document", c -> c.write("metadata.json", c.text("metadata.json") + "\n{{{"),
                        "metadata.json", "line ", "not valid JSON"),
                broken("a second copy of the document", c -> c.write("sources.json", c.text("sources.json")
                        + c.text("sources.json")), "sources.json", "line ", "not valid JSON"),
                broken("a key given twice", c -> c.write("metadata.json", c.text("metadata.json")
                        .replaceFirst("\\{", "{\"contentVersion\": \"1999.1\",")), "metadata.json", "line ",
                        "Duplicate field 'contentVersion'"),
                broken("an option id given twice", c -> {
                    var options = (com.fasterxml.jackson.databind.node.ObjectNode) ContentDirectory.json(c.text("options.json"));
                    var list = (com.fasterxml.jackson.databind.node.ArrayNode) options.get("options");
                    list.add(list.get(0).deepCopy());
                    c.write("options.json", options.toPrettyString());
                }, "options.json", "/options/", "duplicate id"));
    }

    private static Arguments broken(String what, Consumer<ContentDirectory> breakIt, String file, String place,
            String message) {
        return Arguments.of(what, breakIt, file, place, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenContent")
    void rejectsWithFilePlaceAndProblem(String what, Consumer<ContentDirectory> breakIt, String file, String place,
            String message) {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        breakIt.accept(content);

        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(content.path()));

        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file) && p.place().startsWith(place)
                && p.message().contains(message)), () -> what + ": expected " + file + " " + place + ": " + message
                        + " among\n" + e.getMessage());
        assertTrue(e.getMessage().contains(file), e::getMessage);
        assertFalse(e.getMessage().contains("\tat "), "the message is for people, not a stack trace");
    }

    @Test
    void collectsEveryProblemRatherThanStoppingAtTheFirst() {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.set("conditions.json", "/conditions/0/options/1/benefit/sources/0", ContentDirectory.json("\"S999\""));
        content.set("options.json", "/options/1/terms/0", ContentDirectory.json("\"flux capacitor\""));
        content.set("general.json", "/claims/0/options/0", ContentDirectory.json("\"magic-beans\""));

        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(content.path()));

        assertTrue(e.problems().size() >= 3, e::getMessage);
        assertTrue(e.getMessage().startsWith(e.problems().size() + " problems in the knowledge content:"), e::getMessage);
    }

    @Test
    void reportsStructureProblemsInEveryFileAtOnce() {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.remove("sources.json", "/sources/0/citation");
        content.set("metadata.json", "/contentVersion", ContentDirectory.json("2026"));

        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(content.path()));

        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("sources.json")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("metadata.json")), e::getMessage);
    }

    @Test
    void loadsAnUntouchedCopy() throws KnowledgeException {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);

        KnowledgeBase kb = KnowledgeLoader.loadFrom(content.path());

        assertTrue(kb.condition("KNEE_OSTEOARTHRITIS").isPresent());
    }
}
