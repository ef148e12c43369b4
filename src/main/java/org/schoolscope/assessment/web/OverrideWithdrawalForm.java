package org.schoolscope.assessment.web;

import java.util.List;

/** What an officer posts to withdraw an override: the written reason. */
public record OverrideWithdrawalForm(String reason) {

    List<OverrideForm.Problem> problems() {
        return OverrideForm.reasonProblems(reason, "override.withdraw.error.reason");
    }

    public boolean hasProblem(List<OverrideForm.Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public String messageKey(List<OverrideForm.Problem> problems, String field) {
        return problems.stream().filter(problem -> problem.field().equals(field))
                .map(OverrideForm.Problem::messageKey).findFirst().orElse("");
    }
}
