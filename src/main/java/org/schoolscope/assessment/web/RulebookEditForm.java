package org.schoolscope.assessment.web;

import java.util.ArrayList;
import java.util.List;

/** What an officer posts to save a rulebook version: the whole document and why it changed. */
public record RulebookEditForm(String yaml, String reason) {

    List<WorkbenchProblem> problems() {
        List<WorkbenchProblem> problems = new ArrayList<>();
        if (yaml == null || yaml.isBlank()) {
            problems.add(WorkbenchProblem.of("yaml", "rulebook.error.yaml"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(WorkbenchProblem.of("reason", "rulebook.error.reason"));
        }
        return problems;
    }
}
