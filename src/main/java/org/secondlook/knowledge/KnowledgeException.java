package org.secondlook.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The content could not be loaded; carries every problem found, not just the first. */
public final class KnowledgeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public KnowledgeException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the knowledge content:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
