package org.schoolscope.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.shared.TextLimits;

/**
 * What an officer posts to override a school's category: the run and school it is about, the category chosen and
 * the written reason. A form record, never a stored object, so nothing posted reaches the database unchecked.
 */
public record OverrideForm(Long run, String urn, String category, String reason) {

    /** A field the officer must correct; {@code field} is the id of the control the error summary links to. */
    public record Problem(String field, String messageKey) {
    }

    List<Problem> problems(List<String> categories) {
        List<Problem> problems = new ArrayList<>();
        if (category == null || !categories.contains(category)) {
            problems.add(new Problem("category", "override.error.category"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", "override.error.reason"));
        } else if (!TextLimits.within(reason, TextLimits.FREE_TEXT)) {
            problems.add(new Problem("reason", "override.error.reasonTooLong"));
        }
        return problems;
    }

    public boolean hasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }
}
