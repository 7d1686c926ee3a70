package org.secondlook.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the meaning of content that is already well-formed: references, numbers, sources, wording. */
public final class KnowledgeValidator {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** "Cure" in English and Spanish (cura, curar, curará…), in any form. */
    private static final Pattern CURE = Pattern.compile(
            "\\bcur(e|es|ed|ing)\\b|(?<![\\p{L}])cur(a|an|ar|ará|arán|ado|ada|ados|adas|ación)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RELATIVE_RISK = Pattern.compile(
            "\\bRR\\b|(?i:\\brelative risk\\b|\\btimes (as|more|less) likely\\b|\\b(hazard|odds) ratio\\b"
            + "|\\briesgo relativo\\b|\\bveces m[aá]s probable|\\b(cociente|raz[oó]n) de (riesgos|momios|probabilidades)\\b)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9]|[A-Za-z0-9]");
    private static final Set<Regulator> REQUIRED_REGULATORS = Set.of(Regulator.values());

    private final List<Problem> problems = new ArrayList<>();
    private final KnowledgeBase kb;
    private final Set<String> glossaryWords = new HashSet<>();

    private KnowledgeValidator(KnowledgeBase kb) {
        this.kb = kb;
        for (GlossaryTerm term : kb.glossary()) {
            glossaryWords.add(term.id());
            glossaryWords.addAll(term.term().byLanguage().values());
            glossaryWords.addAll(term.aliases());
            term.aliasesByLanguage().values().forEach(glossaryWords::addAll);
            // A term that names two abbreviations ("ISRS e IRSN") defines each of them.
            term.term().byLanguage().values().forEach(name -> Arrays.stream(name.split("\\s+"))
                    .filter(KnowledgeValidator::isAbbreviation).forEach(glossaryWords::add));
        }
    }

    /** Every meaning problem in the content; empty when it is sound. Reading level is checked separately. */
    static List<Problem> check(KnowledgeBase kb) {
        KnowledgeValidator validator = new KnowledgeValidator(kb);
        validator.run();
        return List.copyOf(validator.problems);
    }

    /**
     * Fewer words than this and a reading formula says more about one long word than about the text, so shorter
     * fields are graded together, per file, rather than one by one.
     */
    public static final int MIN_WORDS_FOR_FIELD_GRADE = 15;

    /**
     * Patient-facing prose harder than its language's {@link ReadingScale} allows (Flesch-Kincaid grade 8 for English,
     * INFLESZ 55 for Spanish), in every language the content has: all prose of each file in each language taken
     * together, and every field of {@link #MIN_WORDS_FOR_FIELD_GRADE} words or more on its own.
     */
    public static List<Problem> readingLevel(KnowledgeBase kb) {
        List<Problem> found = new ArrayList<>();
        record FileInLanguage(String file, ReadingScale scale) {
        }
        Map<FileInLanguage, ReadingLevel.Counts> byFile = new LinkedHashMap<>();
        for (PatientText text : kb.patientTexts()) {
            if (text.role() != TextRole.PROSE && text.role() != TextRole.MARKETING_CLAIM) {
                continue;
            }
            text.text().byLanguage().forEach((language, words) -> ReadingScale.forLanguage(language).ifPresent(scale -> {
                ReadingLevel.Counts counts = scale.count(words);
                byFile.merge(new FileInLanguage(text.file(), scale), counts, ReadingLevel.Counts::plus);
                double score = scale.score(counts);
                if (counts.words() >= MIN_WORDS_FOR_FIELD_GRADE && scale.tooHard(score)) {
                    found.add(new Problem(text.file(), text.place() + "/" + language,
                            "reading level is " + scale.describe(score) + ": \"" + words + "\""));
                }
            }));
        }
        byFile.forEach((file, counts) -> {
            double score = file.scale().score(counts);
            if (file.scale().tooHard(score)) {
                found.add(new Problem(file.file(), "/", "reading level of all its patient text in \""
                        + file.scale().language() + "\" is " + file.scale().describe(score)));
            }
        });
        return found;
    }

    private void run() {
        metadata();
        unique(ContentFiles.GENERAL, "/redFlags", kb.redFlags(), RedFlagInfo::id, problems);
        unique(ContentFiles.GENERAL, "/claims", kb.claims(), MarketingClaim::id, problems);
        options();
        conditions();
        problems.addAll(IpdasChecks.check(kb));
        claims();
        kb.walk(new ContentWalker.Visitor() {
            @Override
            public void text(PatientText text) {
                checkText(text);
            }

            @Override
            public void fact(String file, String place, Fact fact) {
                checkFact(file, place, fact);
            }

            @Override
            public void sourceList(String file, String place, List<String> sources) {
                for (int i = 0; i < sources.size(); i++) {
                    if (kb.source(sources.get(i)).isEmpty()) {
                        add(file, place + "/" + i, "unknown source \"" + sources.get(i) + "\"");
                    }
                }
            }

            @Override
            public void outOf100(String file, String place, OutOf100 figure) {
                checkOutOf100(file, place, figure);
            }

            @Override
            public void meanResult(String file, String place, MeanResult result) {
                checkMeanResult(file, place, result);
            }

            @Override
            public void cost(String file, String place, Cost cost) {
                checkCost(file, place, cost);
            }
        });
    }

    private void metadata() {
        ContentMetadata m = kb.metadata();
        if (!m.nextReviewDue().isAfter(m.lastReviewed())) {
            add(ContentFiles.METADATA, "/nextReviewDue", "next review " + m.nextReviewDue()
                    + " must come after the last review " + m.lastReviewed());
        }
    }

    /** Adds a problem for every item whose id an earlier item in {@code items} already has. */
    static <T> void unique(String file, String place, List<T> items, Function<T, String> id, List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = seen.putIfAbsent(id.apply(items.get(i)), i);
            if (first != null) {
                problems.add(new Problem(file, place + "/" + i + "/id", "duplicate id \"" + id.apply(items.get(i))
                        + "\" (first used at " + place + "/" + first + ")"));
            }
        }
    }

    private void options() {
        Set<String> used = new HashSet<>();
        kb.conditions().forEach(c -> c.options().forEach(o -> used.add(o.option())));
        List<TreatmentOption> options = kb.options();
        for (int i = 0; i < options.size(); i++) {
            TreatmentOption option = options.get(i);
            String place = "/options/" + i;
            if (!used.contains(option.id())) {
                add(ContentFiles.OPTIONS, place + "/id", "option \"" + option.id() + "\" is not listed for any condition");
            }
            terms(ContentFiles.OPTIONS, place + "/terms", option.terms());
        }
    }

    private void conditions() {
        List<Condition> conditions = kb.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            String place = "/conditions/" + i;
            terms(ContentFiles.CONDITIONS, place + "/terms", condition.terms());
            boolean hasSelfCare = false;
            Set<String> listed = new HashSet<>();
            for (int o = 0; o < condition.options().size(); o++) {
                ConditionOption co = condition.options().get(o);
                String op = place + "/options/" + o;
                if (!listed.add(co.option())) {
                    add(ContentFiles.CONDITIONS, op + "/option", "option \"" + co.option() + "\" is listed twice");
                }
                TreatmentOption option = kb.option(co.option()).orElse(null);
                if (option == null) {
                    add(ContentFiles.CONDITIONS, op + "/option", "unknown option \"" + co.option() + "\"");
                    continue;
                }
                hasSelfCare |= option.kind() == OptionKind.WAIT_AND_SELF_CARE;
                if (co.category() == Category.GUIDELINES_DISAGREE && co.guidelines().size() < 2) {
                    add(ContentFiles.CONDITIONS, op + "/guidelines",
                            "guidelines disagree, so at least two positions must be shown");
                }
                if (co.category() == Category.EXPERIMENTAL) {
                    experimental(op, option);
                }
            }
            if (!hasSelfCare) {
                add(ContentFiles.CONDITIONS, place + "/options",
                        "condition \"" + condition.id() + "\" has no wait-and-see or self-care option");
            }
        }
    }

    private void experimental(String place, TreatmentOption option) {
        Set<Regulator> given = new HashSet<>();
        option.regulatory().forEach(r -> given.add(r.regulator()));
        if (!given.containsAll(REQUIRED_REGULATORS)) {
            add(ContentFiles.CONDITIONS, place + "/option", "experimental option \"" + option.id()
                    + "\" needs a status for each of " + REQUIRED_REGULATORS + " in options.json (null status if unknown)");
        }
    }

    private void claims() {
        List<MarketingClaim> claims = kb.claims();
        for (int i = 0; i < claims.size(); i++) {
            List<String> options = claims.get(i).options();
            for (int o = 0; o < options.size(); o++) {
                if (kb.option(options.get(o)).isEmpty()) {
                    add(ContentFiles.GENERAL, "/claims/" + i + "/options/" + o, "unknown option \"" + options.get(o) + "\"");
                }
            }
        }
    }

    private void terms(String file, String place, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            if (kb.glossaryTerm(terms.get(i)).isEmpty()) {
                add(file, place + "/" + i, "unknown glossary term \"" + terms.get(i) + "\"");
            }
        }
    }

    private void checkText(PatientText text) {
        String english = text.text().english();
        if (english.isBlank()) {
            add(text.file(), text.place(), "patient-facing text is empty (English is required)");
            return;
        }
        for (String language : kb.metadata().languages()) {
            if (!text.text().byLanguage().containsKey(language)) {
                add(text.file(), text.place(), "no \"" + language + "\" text; metadata.json lists \"" + language
                        + "\" among the content's languages, so every text needs one");
            }
        }
        text.text().byLanguage().forEach((language, words) -> {
            if (words.isBlank()) {
                add(text.file(), text.place() + "/" + language, "translation is empty");
                return;
            }
            checkWording(text, language, words);
            if (!language.equals(LocalizedText.FALLBACK_LANGUAGE) && !numbers(words).equals(numbers(english))) {
                add(text.file(), text.place() + "/" + language, "the numbers differ from the English text's "
                        + numbers(english) + ": " + numbers(words) + " in \"" + words + "\"");
            }
        });
    }

    /** Numbers, "cure" wording, relative risks and abbreviations, in one language of a text. */
    private void checkWording(PatientText text, String language, String words) {
        String place = language.equals(LocalizedText.FALLBACK_LANGUAGE) ? text.place() : text.place() + "/" + language;
        if (DIGIT.matcher(words).find() && isClinical(text.file())) {
            if (text.unconfirmed()) {
                add(text.file(), place, "unconfirmed text must not give numbers: \"" + words + "\"");
            } else if (text.sources().isEmpty()) {
                add(text.file(), place, "number without a source: \"" + words + "\"");
            }
        }
        if (text.role() != TextRole.MARKETING_CLAIM && CURE.matcher(words).find()) {
            add(text.file(), place, "no option may be called a cure: \"" + words + "\"");
        }
        if (RELATIVE_RISK.matcher(words).find()) {
            add(text.file(), place, "relative risk without absolute numbers; give \"out of 100\" figures instead");
        }
        Matcher token = TOKEN.matcher(words);
        while (token.find()) {
            String word = token.group();
            if (isAbbreviation(word) && !inGlossary(word) && !partsInGlossary(word)) {
                add(text.file(), place, "abbreviation \"" + word + "\" is not in the glossary");
            }
        }
    }

    /** The numbers of a text in order, written without grouping commas, so "1,150" in one language is "1,150" in another. */
    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            found.add(number.group().replace(",", ""));
        }
        found.sort(null);
        return found;
    }

    /** Numbers in the glossary and the metadata describe scales and dates, not clinical findings. */
    private static boolean isClinical(String file) {
        return !file.equals(ContentFiles.GLOSSARY) && !file.equals(ContentFiles.METADATA);
    }

    /** Compound words such as "COFEPRIS-approved" pass when every abbreviation in them is defined. */
    private boolean partsInGlossary(String word) {
        String[] parts = word.split("[-/]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (isAbbreviation(part) && !inGlossary(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbbreviation(String word) {
        int upper = 0;
        int letters = 0;
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return upper >= 2 && upper * 2 >= letters;
    }

    private boolean inGlossary(String word) {
        return glossaryWords.contains(word) || word.endsWith("s") && glossaryWords.contains(word.substring(0, word.length() - 1));
    }

    private void checkFact(String file, String place, Fact fact) {
        if (!fact.unconfirmed() && fact.sources().isEmpty()) {
            add(file, place + "/sources", "no source given; add one or mark the statement unconfirmed");
        }
    }

    private void checkOutOf100(String file, String place, OutOf100 figure) {
        needsSource(file, place, figure.sources());
        percentage(file, place + "/treated", figure.treated());
        if (figure.comparison() != null) {
            percentage(file, place + "/comparison", figure.comparison());
            if (figure.comparisonGroup() == null) {
                add(file, place + "/comparisonGroup", "a comparison number needs a comparison group label");
            }
        }
    }

    private void percentage(String file, String place, double value) {
        if (value < 0 || value > 100) {
            add(file, place, "must be between 0 and 100 people, got " + value);
        }
    }

    private void checkMeanResult(String file, String place, MeanResult result) {
        needsSource(file, place, result.sources());
        switch (result.kind()) {
            case SCORE, CHANGE -> {
                if (result.treated() == null) {
                    add(file, place + "/treated", "a " + result.kind() + " result needs the treated group's number");
                }
            }
            case DIFFERENCE -> {
                if (result.difference() == null) {
                    add(file, place + "/difference", "a DIFFERENCE result needs the difference");
                }
            }
        }
        if (result.lowerBound() != null && result.upperBound() != null && result.lowerBound() > result.upperBound()) {
            add(file, place + "/lowerBound", "lower bound " + result.lowerBound() + " is above upper bound "
                    + result.upperBound());
        }
    }

    private void checkCost(String file, String place, Cost cost) {
        if (cost.min() != null && cost.max() != null && cost.min() > cost.max()) {
            add(file, place + "/min", "cost min " + cost.min() + " is more than max " + cost.max());
        }
        if (cost.hasFigures()) {
            needsSource(file, place, cost.sources());
            if (cost.currency() == null) {
                add(file, place + "/currency", "a price needs a currency");
            }
        }
        if (cost.verified()) {
            if (!cost.hasFigures()) {
                add(file, place + "/verified", "a verified cost needs figures");
            }
            if (cost.sourceYear() == null) {
                add(file, place + "/sourceYear", "a verified cost needs the year of its source");
            }
        }
        int thisYear = kb.metadata().lastReviewed().getYear();
        if (cost.sourceYear() != null && (cost.sourceYear() < 1990 || cost.sourceYear() > thisYear)) {
            add(file, place + "/sourceYear", "year " + cost.sourceYear() + " is not between 1990 and " + thisYear);
        }
        if (cost.region() == Region.MEXICO && cost.verified()) {
            add(file, place + "/verified", "no independent Mexican price data exists in our sources; Mexico costs must be unverified");
        }
    }

    private void needsSource(String file, String place, List<String> sources) {
        if (sources.isEmpty()) {
            add(file, place + "/sources", "number without a source");
        }
    }

    private void add(String file, String place, String message) {
        problems.add(new Problem(file, place, message));
    }

    static LocalDate date(String file, String place, String value, List<Problem> problems) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new Problem(file, place, "not a date in the form YYYY-MM-DD: \"" + value + "\""));
            return null;
        }
    }
}
