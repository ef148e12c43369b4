package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.assessment.WhatIfReport;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.domain.RulebookRefusedException;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.schoolscope.assessment.rulebook.ThresholdEditor;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What if: change the thresholds of the latest rulebook, or edit its text as a draft, and see which schools would
 * change category and why before anything is saved. Computed in memory on the facts of the council's latest run;
 * no run and no version is stored. Saving the draft goes through the edit form, which asks for a reason.
 */
@Controller
class WhatIfController {

    static final String THRESHOLD_PREFIX = "threshold-";

    private final RulebookWorkbench workbench;
    private final CouncilProperties council;

    WhatIfController(RulebookWorkbench workbench, CouncilProperties council) {
        this.workbench = workbench;
        this.council = council;
    }

    @GetMapping("/assessments/rulebook/what-if")
    String form(Model model, Principal principal) {
        String yaml = workbench.latest().yaml();
        return show(yaml, values(yaml), List.of(), null, model, principal);
    }

    /**
     * {@code change=thresholds} applies the threshold fields to the draft; {@code change=draft} takes the draft's
     * text as edited. Either way the draft is compared with the latest version.
     */
    @PostMapping("/assessments/rulebook/what-if")
    String preview(@RequestParam MultiValueMap<String, String> posted, Model model, Principal principal,
            ViewerScope viewer) {
        String draft = Optional.ofNullable(posted.getFirst("yaml")).orElse("");
        List<WorkbenchProblem> problems = new ArrayList<>();
        Map<String, String> entered = new LinkedHashMap<>();
        posted.forEach((key, values) -> {
            if (key.startsWith(THRESHOLD_PREFIX) && !values.isEmpty()) {
                entered.put(key.substring(THRESHOLD_PREFIX.length()), values.get(0));
            }
        });
        if (draft.isBlank()) {
            problems.add(WorkbenchProblem.of("yaml", "rulebook.error.yaml"));
            return show(draft, entered, problems, null, model, principal);
        }
        if (!TextLimits.within(draft, TextLimits.DOCUMENT)) {
            problems.add(WorkbenchProblem.of("yaml", "rulebook.error.yamlTooLong"));
            return show("", entered, problems, null, model, principal);
        }
        if ("thresholds".equals(posted.getFirst("change"))) {
            Map<String, Double> numbers = new LinkedHashMap<>();
            entered.forEach((name, text) -> {
                try {
                    numbers.put(name, Double.parseDouble(text.strip()));
                } catch (NumberFormatException notANumber) {
                    problems.add(WorkbenchProblem.of(THRESHOLD_PREFIX + name, "whatIf.error.number"));
                }
            });
            if (!problems.isEmpty()) {
                return show(draft, entered, problems, null, model, principal);
            }
            try {
                draft = workbench.withThresholds(draft, numbers);
            } catch (RulebookRefusedException refused) {
                return show(draft, entered, RulebookController.refusal(refused), null, model, principal);
            } catch (IllegalArgumentException cannotChange) {
                problems.add(WorkbenchProblem.text("yaml", cannotChange.getMessage()));
                return show(draft, entered, problems, null, model, principal);
            }
        }
        WhatIfReport report;
        try {
            report = workbench.whatIf(council.la(), draft, viewer).orElse(null);
        } catch (RulebookRefusedException refused) {
            return show(draft, entered, RulebookController.refusal(refused), null, model, principal);
        }
        if (report == null) {
            model.addAttribute("noRun", true);
        }
        return show(draft, values(draft), problems, report, model, principal);
    }

    private String show(String draft, Map<String, String> values, List<WorkbenchProblem> problems,
            WhatIfReport report, Model model, Principal principal) {
        model.addAttribute("section", "rulebook");
        model.addAttribute("draft", draft);
        model.addAttribute("thresholds", thresholds(draft, values));
        model.addAttribute("problems", problems);
        model.addAttribute("report", report);
        model.addAttribute("maySave", ActingUser.maySave(principal));
        return "assessment/what-if";
    }

    /** The threshold values written in the draft, by name; empty when the draft does not read. */
    private static Map<String, String> values(String draft) {
        Map<String, String> values = new LinkedHashMap<>();
        readable(draft).ifPresent(rulebook -> ThresholdEditor.thresholds(rulebook)
                .forEach(threshold -> values.put(threshold.name(), threshold.valueText())));
        return values;
    }

    /** The fields to show: each threshold of the draft with the value entered for it, or its value in the draft. */
    private static List<ThresholdField> thresholds(String draft, Map<String, String> values) {
        return readable(draft).map(rulebook -> ThresholdEditor.thresholds(rulebook).stream()
                .map(threshold -> new ThresholdField(threshold.name(), threshold.measure(),
                        values.getOrDefault(threshold.name(), threshold.valueText())))
                .toList()).orElse(List.of());
    }

    private static Optional<Rulebook> readable(String draft) {
        try {
            return Optional.of(RulebookYaml.read(draft));
        } catch (RulebookRefusedException unreadable) {
            return Optional.empty();
        }
    }

    /** One threshold field of the form; {@code measure} is set for a percentile, whose value is the cut-off. */
    public record ThresholdField(String name, String measure, String value) {

        public String id() {
            return THRESHOLD_PREFIX + name;
        }

        public boolean percentile() {
            return measure != null;
        }
    }
}
