package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A rulebook that cannot be used, with every problem found, so the council can fix them in one go. */
public class RulebookRefusedException extends RuntimeException {

    private final List<RulebookProblem> problems;

    public RulebookRefusedException(List<RulebookProblem> problems) {
        super("The rulebook was refused: "
                + problems.stream().map(RulebookProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RulebookProblem> problems() {
        return problems;
    }
}
