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
 * @param questions      the questions to bring to the appointment, without repeats
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

    /** The compared options, in column order. */
    public List<OptionAdvice> compared() {
        return comparison.stream().map(id -> advice.option(id).orElseThrow()).toList();
    }
}
