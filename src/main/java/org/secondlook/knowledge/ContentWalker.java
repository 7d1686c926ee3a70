package org.secondlook.knowledge;

import java.util.List;

/** Walks the bound content and reports each text, fact, source list and figure with its file and JSON pointer. */
final class ContentWalker {

    interface Visitor {
        default void text(PatientText text) {
        }

        default void fact(String file, String place, Fact fact) {
        }

        default void sourceList(String file, String place, List<String> sources) {
        }

        default void outOf100(String file, String place, OutOf100 figure) {
        }

        default void meanResult(String file, String place, MeanResult result) {
        }

        default void cost(String file, String place, Cost cost) {
        }
    }

    private final Visitor visitor;

    ContentWalker(Visitor visitor) {
        this.visitor = visitor;
    }

    void metadata(ContentMetadata m) {
        String f = ContentFiles.METADATA;
        prose(f, "/updatePolicy", m.updatePolicy());
        prose(f, "/authorship", m.authorship());
        prose(f, "/funding", m.funding());
        prose(f, "/competingInterests", m.competingInterests());
        prose(f, "/whatItIs", m.whatItIs());
        prose(f, "/whatItIsNot", m.whatItIsNot());
    }

    void glossary(List<GlossaryTerm> terms) {
        String f = ContentFiles.GLOSSARY;
        for (int i = 0; i < terms.size(); i++) {
            String p = "/terms/" + i;
            text(f, p + "/term", TextRole.NAME, terms.get(i).term(), List.of(), false);
            prose(f, p + "/definition", terms.get(i).definition());
        }
    }

    void options(List<TreatmentOption> options) {
        String f = ContentFiles.OPTIONS;
        for (int i = 0; i < options.size(); i++) {
            TreatmentOption o = options.get(i);
            String p = "/options/" + i;
            text(f, p + "/name", TextRole.NAME, o.name(), List.of(), false);
            fact(f, p + "/whatItInvolves", o.whatItInvolves());
            fact(f, p + "/timeToEffect", o.timeToEffect());
            fact(f, p + "/recovery", o.recovery());
            fact(f, p + "/sessions", o.sessions());
            for (int r = 0; r < o.regulatory().size(); r++) {
                fact(f, p + "/regulatory/" + r + "/status", o.regulatory().get(r).status());
            }
            for (int q = 0; q < o.questionsToAsk().size(); q++) {
                prose(f, p + "/questionsToAsk/" + q, o.questionsToAsk().get(q));
            }
        }
    }

    void conditions(List<Condition> conditions) {
        String f = ContentFiles.CONDITIONS;
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            String p = "/conditions/" + i;
            text(f, p + "/name", TextRole.NAME, c.name(), List.of(), false);
            prose(f, p + "/description", c.description());
            fact(f, p + "/naturalCourse", c.naturalCourse());
            fact(f, p + "/howDiagnosed", c.howDiagnosed());
            for (int o = 0; o < c.options().size(); o++) {
                conditionOption(f, p + "/options/" + o, c.options().get(o));
            }
            for (int k = 0; k < c.knowledgeChecks().size(); k++) {
                KnowledgeCheck check = c.knowledgeChecks().get(k);
                String kp = p + "/knowledgeChecks/" + k;
                text(f, kp + "/statement", TextRole.PROSE, check.statement(), check.sources(), false);
                text(f, kp + "/explanation", TextRole.PROSE, check.explanation(), check.sources(), false);
                visitor.sourceList(f, kp + "/sources", check.sources());
            }
        }
    }

    private void conditionOption(String f, String p, ConditionOption co) {
        for (int g = 0; g < co.guidelines().size(); g++) {
            fact(f, p + "/guidelines/" + g + "/says", co.guidelines().get(g).says());
        }
        if (co.certainty() != null) {
            fact(f, p + "/certainty/reason", co.certainty().reason());
        }
        fact(f, p + "/benefit", co.benefit());
        fact(f, p + "/harms", co.harms());
        fact(f, p + "/sessions", co.sessions());
        for (int n = 0; n < co.outOf100().size(); n++) {
            OutOf100 figure = co.outOf100().get(n);
            String np = p + "/outOf100/" + n;
            visitor.outOf100(f, np, figure);
            visitor.sourceList(f, np + "/sources", figure.sources());
            label(f, np + "/label", figure.label(), figure.sources());
            label(f, np + "/population", figure.population(), figure.sources());
            label(f, np + "/treatedGroup", figure.treatedGroup(), figure.sources());
            label(f, np + "/comparisonGroup", figure.comparisonGroup(), figure.sources());
            label(f, np + "/timeFrame", figure.timeFrame(), figure.sources());
        }
        for (int m = 0; m < co.meanResults().size(); m++) {
            MeanResult result = co.meanResults().get(m);
            String mp = p + "/meanResults/" + m;
            visitor.meanResult(f, mp, result);
            visitor.sourceList(f, mp + "/sources", result.sources());
            label(f, mp + "/measure", result.measure(), result.sources());
            label(f, mp + "/treatedGroup", result.treatedGroup(), result.sources());
            label(f, mp + "/comparisonGroup", result.comparisonGroup(), result.sources());
            label(f, mp + "/population", result.population(), result.sources());
            label(f, mp + "/timeFrame", result.timeFrame(), result.sources());
        }
        for (int c = 0; c < co.costs().size(); c++) {
            Cost cost = co.costs().get(c);
            String cp = p + "/costs/" + c;
            visitor.cost(f, cp, cost);
            visitor.sourceList(f, cp + "/sources", cost.sources());
            label(f, cp + "/per", cost.per(), cost.sources());
            label(f, cp + "/insurance", cost.insurance(), cost.sources());
            if (cost.note() != null) {
                text(f, cp + "/note", TextRole.PROSE, cost.note(), cost.sources(), false);
            }
        }
    }

    void general(GeneralContent g) {
        String f = ContentFiles.GENERAL;
        for (int i = 0; i < g.redFlags().size(); i++) {
            RedFlagInfo flag = g.redFlags().get(i);
            String p = "/redFlags/" + i;
            text(f, p + "/sign", TextRole.PROSE, flag.sign(), flag.why().sources(), flag.why().unconfirmed());
            fact(f, p + "/why", flag.why());
            prose(f, p + "/whatToDo", flag.whatToDo());
        }
        fact(f, "/redFlagAccuracy", g.redFlagAccuracy());
        for (int i = 0; i < g.durationCategories().size(); i++) {
            DurationCategory d = g.durationCategories().get(i);
            String p = "/durationCategories/" + i;
            visitor.sourceList(f, p + "/sources", d.sources());
            text(f, p + "/name", TextRole.NAME, d.name(), d.sources(), false);
            text(f, p + "/range", TextRole.LABEL, d.range(), d.sources(), false);
        }
        fact(f, "/meaningfulDifference", g.meaningfulDifference());
        for (int i = 0; i < g.isscrQuestions().size(); i++) {
            IsscrQuestion q = g.isscrQuestions().get(i);
            String p = "/isscrQuestions/" + i;
            visitor.sourceList(f, p + "/sources", q.sources());
            text(f, p + "/question", TextRole.PROSE, q.question(), q.sources(), false);
        }
        fact(f, "/isscrAdvice", g.isscrAdvice());
        for (int i = 0; i < g.claims().size(); i++) {
            MarketingClaim claim = g.claims().get(i);
            String p = "/claims/" + i;
            text(f, p + "/claim", TextRole.MARKETING_CLAIM, claim.claim(), claim.evidence().sources(), false);
            fact(f, p + "/evidence", claim.evidence());
        }
    }

    private void fact(String file, String place, Fact fact) {
        if (fact == null) {
            return;
        }
        visitor.fact(file, place, fact);
        visitor.sourceList(file, place + "/sources", fact.sources());
        text(file, place + "/text", TextRole.PROSE, fact.text(), fact.sources(), fact.unconfirmed());
    }

    private void prose(String file, String place, LocalizedText text) {
        text(file, place, TextRole.PROSE, text, List.of(), false);
    }

    private void label(String file, String place, LocalizedText text, List<String> sources) {
        if (text != null) {
            text(file, place, TextRole.LABEL, text, sources, false);
        }
    }

    private void text(String file, String place, TextRole role, LocalizedText text, List<String> sources,
            boolean unconfirmed) {
        visitor.text(new PatientText(file, place, role, text == null ? new LocalizedText(null) : text, sources,
                unconfirmed));
    }
}
