package org.schoolscope.access.web;

import java.util.List;

/** A field to correct; {@code field} is the id of the control the error summary links to. */
public record FormProblem(String field, String messageKey) {

    public static boolean has(List<FormProblem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }
}
