package org.schoolscope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a person must correct on a form, in the words they read, each linked to the control it is about: for the
 * GOV.UK error summary and the message beside the field ({@code fragments/form-problems}). The field is the id of the
 * control the summary links to.
 */
public final class FormProblems {

    public record Problem(String field, String text) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public FormProblems add(String field, String text) {
        problems.add(new Problem(field, text));
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** The problems with the field in one sentence, or null when it has none (as the date fragment expects). */
    public String text(String field) {
        String text = problems.stream().filter(problem -> problem.field().equals(field)).map(Problem::text)
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
