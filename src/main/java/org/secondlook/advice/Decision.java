package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.KnowledgeCheck;

/**
 * Everything the person is shown for one set of answers, derived once by the engine and rendered by the
 * options step, the last step and the printout alike.
 *
 * @param advice         every option of the condition, in the engine's order
 * @param comparison     ids of the options compared side by side, in column order (never an experimental option
 *                       before an established one)
 * @param chosenByPerson false when {@code comparison} is the engine's balanced default
 * @param questions      the questions to bring to the appointment, most relevant first, without repeats
 * @param nextSteps      what to do next, from the SURE answers (and urgent care first when a warning sign was given)
 * @param knowledgeCheck the true/false questions for the condition
 */
public record Decision(
        Advice advice,
        List<String> comparison,
        boolean chosenByPerson,
        List<String> questions,
        List<String> nextSteps,
        List<KnowledgeCheck> knowledgeCheck) {

    public Decision {
        comparison = List.copyOf(comparison);
        questions = List.copyOf(questions);
        nextSteps = List.copyOf(nextSteps);
        knowledgeCheck = List.copyOf(knowledgeCheck);
    }

    /** How many questions the screen and the printout show before "show all". */
    public static final int QUESTIONS_FIRST = 8;

    /** The first, most relevant questions: what the screen shows first and the printout prints. */
    public List<String> questionsFirst() {
        return questions.subList(0, Math.min(QUESTIONS_FIRST, questions.size()));
    }

    /**
     * True after a new knee injury the person could not walk on: the injury is checked first, so the questions, the
     * last step and the printout give injury care rather than the choices for pain that lasts.
     */
    public boolean injuryFirst() {
        return advice.urgentReasons().stream().anyMatch(r -> r.flag() == RedFlag.CANNOT_BEAR_WEIGHT_AFTER_INJURY);
    }

    /** The compared options, in column order. */
    public List<OptionAdvice> compared() {
        return comparison.stream().map(id -> advice.option(id).orElseThrow()).toList();
    }
}
