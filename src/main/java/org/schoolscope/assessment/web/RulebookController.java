package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.List;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.assessment.domain.RulebookRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rulebook's versions (who changed it, why and when), each version's text with the lines it changed, and
 * editing: a new version is saved only with a reason and only when every rule compiles; otherwise the form is shown
 * again with each problem, naming its rule, in the error summary, and nothing is stored.
 */
@Controller
class RulebookController {

    /** Unchanged lines shown either side of a change, so the change can be read in place. */
    private static final int DIFF_CONTEXT = 3;

    private final RulebookWorkbench workbench;

    RulebookController(RulebookWorkbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/assessments/rulebook")
    String rulebook(Model model, Principal principal) {
        List<RulebookVersion> versions = workbench.versions();
        model.addAttribute("section", "rulebook");
        model.addAttribute("latest", versions.get(0));
        model.addAttribute("versions", versions);
        model.addAttribute("maySave", ActingUser.maySave(principal));
        return "assessment/rulebook";
    }

    @GetMapping("/assessments/rulebook/versions/{n}")
    String version(@PathVariable("n") int number, Model model) {
        RulebookVersion version = workbench.version(number).orElseThrow(
                () -> new AssessmentNotFoundException("No rulebook version " + number + " is on record"));
        model.addAttribute("section", "rulebook");
        model.addAttribute("version", version);
        model.addAttribute("diff", workbench.changesFromPrevious(version));
        model.addAttribute("context", DIFF_CONTEXT);
        return "assessment/rulebook-version";
    }

    @GetMapping("/assessments/rulebook/edit")
    String edit(Model model) {
        return show(new RulebookEditForm(workbench.latest().yaml(), ""), List.of(), model);
    }

    /** Post/Redirect/Get: a saved version is shown on its own page. */
    @PostMapping("/assessments/rulebook/edit")
    String save(RulebookEditForm form, Principal principal, Model model, RedirectAttributes redirect) {
        List<WorkbenchProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return show(form, problems, model);
        }
        try {
            RulebookVersion saved = workbench.save(form.yaml(), form.reason(), ActingUser.name(principal));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/assessments/rulebook/versions/" + saved.version();
        } catch (RulebookRefusedException refused) {
            return show(form, refusal(refused), model);
        }
    }

    static List<WorkbenchProblem> refusal(RulebookRefusedException refused) {
        return refused.problems().stream().map(problem -> WorkbenchProblem.text("yaml", problem.describe()))
                .toList();
    }

    private String show(RulebookEditForm form, List<WorkbenchProblem> problems, Model model) {
        model.addAttribute("section", "rulebook");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("latest", workbench.latest());
        return "assessment/rulebook-edit";
    }
}
