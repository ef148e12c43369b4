package org.schoolscope.scorecard.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** An indicator catalogue that cannot be used, with every problem found and its line, so all are fixed at once. */
public class CatalogueRefusedException extends RuntimeException {

    private final List<CatalogueProblem> problems;

    public CatalogueRefusedException(List<CatalogueProblem> problems) {
        super("The indicator catalogue was refused: "
                + problems.stream().map(CatalogueProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
