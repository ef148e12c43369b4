package org.schoolscope.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.assessment.domain.OverrideReason;
import org.schoolscope.shared.TextLimits;

/**
 * What an officer posts to override a school's category: the run and school it is about, the category chosen and
 * the written reason. A form record, never a stored object, so nothing posted reaches the database unchecked.
 */
public record OverrideForm(Long run, String urn, String category, String reason) {

    /** A field the officer must correct; {@code field} is the id of the control the error summary links to. */
    public record Problem(String field, String messageKey) {
    }

    /** {@code placed} is the category the school is in now (a standing override's, else the run's). */
    List<Problem> problems(List<String> categories, String placed) {
        List<Problem> problems = new ArrayList<>();
        if (category == null || !categories.contains(category)) {
            problems.add(new Problem("category", "override.error.category"));
        } else if (category.equals(placed)) {
            problems.add(new Problem("category", "override.error.sameCategory"));
        }
        problems.addAll(reasonProblems(reason, "override.error.reason"));
        return problems;
    }

    /** The problems with a written reason for an override or its withdrawal. */
    static List<Problem> reasonProblems(String reason, String missingKey) {
        if (reason == null || reason.isBlank()) {
            return List.of(new Problem("reason", missingKey));
        }
        if (!TextLimits.within(reason, TextLimits.FREE_TEXT)) {
            return List.of(new Problem("reason", "override.error.reasonTooLong"));
        }
        if (!OverrideReason.meaningful(reason)) {
            return List.of(new Problem("reason", "override.error.reasonMeaningless"));
        }
        return List.of();
    }

    public boolean hasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** The message of the first problem with the field, for the error message beside it. */
    public String messageKey(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).map(Problem::messageKey)
                .findFirst().orElse("");
    }
}
