package org.schoolscope.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.shared.TextLimits;

/** What an officer posts to save a rulebook version: the whole document and why it changed. */
public record RulebookEditForm(String yaml, String reason) {

    List<WorkbenchProblem> problems() {
        List<WorkbenchProblem> problems = new ArrayList<>();
        if (yaml == null || yaml.isBlank()) {
            problems.add(WorkbenchProblem.of("yaml", "rulebook.error.yaml"));
        } else if (!TextLimits.within(yaml, TextLimits.DOCUMENT)) {
            problems.add(WorkbenchProblem.of("yaml", "rulebook.error.yamlTooLong"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(WorkbenchProblem.of("reason", "rulebook.error.reason"));
        } else if (!TextLimits.within(reason, TextLimits.FREE_TEXT)) {
            problems.add(WorkbenchProblem.of("reason", "rulebook.error.reasonTooLong"));
        }
        return problems;
    }
}
