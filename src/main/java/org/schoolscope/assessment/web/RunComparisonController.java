package org.schoolscope.assessment.web;

import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.RunComparisons;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The stored runs, and two runs compared: who moved onto the list, who moved off, who changed category, and why. */
@Controller
class RunComparisonController {

    private final RunComparisons comparisons;

    RunComparisonController(RunComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/assessments/runs")
    String runs(ViewerScope viewer, Model model) {
        return showRuns(null, null, List.of(), viewer, model);
    }

    @GetMapping("/assessments/runs/compare")
    String compare(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to, ViewerScope viewer, Model model) {
        Long fromId = runId(from);
        Long toId = runId(to);
        List<WorkbenchProblem> problems = new java.util.ArrayList<>();
        if (fromId == null) {
            problems.add(WorkbenchProblem.of("from", "runs.error.from"));
        }
        if (toId == null) {
            problems.add(WorkbenchProblem.of("to", "runs.error.to"));
        }
        if (!problems.isEmpty()) {
            return showRuns(fromId, toId, problems, viewer, model);
        }
        model.addAttribute("section", "runs");
        model.addAttribute("report", comparisons.compare(fromId, toId, viewer));
        return "assessment/run-comparison";
    }

    private String showRuns(Long from, Long to, List<WorkbenchProblem> problems, ViewerScope viewer, Model model) {
        List<AssessmentRun> runs = comparisons.runs(viewer);
        model.addAttribute("section", "runs");
        model.addAttribute("runs", runs);
        model.addAttribute("from", from != null ? from : runs.size() > 1 ? runs.get(1).id() : null);
        model.addAttribute("to", to != null ? to : runs.isEmpty() ? null : runs.get(0).id());
        model.addAttribute("problems", problems);
        return "assessment/runs";
    }

    private static Long runId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
