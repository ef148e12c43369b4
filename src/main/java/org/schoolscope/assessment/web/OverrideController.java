package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Overriding a school's category on the priority list with a written reason. The override is stored beside the
 * computed result; the list shows both. Post/Redirect/Get; a form with a problem is shown again with an error summary.
 */
@Controller
class OverrideController {

    private final PriorityLists lists;
    private final AssessmentRuns runs;
    private final CouncilProperties council;

    OverrideController(PriorityLists lists, AssessmentRuns runs, CouncilProperties council) {
        this.lists = lists;
        this.runs = runs;
        this.council = council;
    }

    @GetMapping("/assessments/overrides/new")
    String form(OverrideForm form, ViewerScope viewer, Model model) {
        return show(form, List.of(), viewer, model);
    }

    @PostMapping("/assessments/overrides")
    String save(OverrideForm form, Principal user, ViewerScope viewer, Model model) {
        PriorityList list = listFor(form, viewer);
        List<OverrideForm.Problem> problems = form.problems(list.categories(), entryOf(list, urnOf(form)).category());
        if (!problems.isEmpty()) {
            return show(form, problems, viewer, model);
        }
        Urn urn = urnOf(form);
        lists.override(list.run().id(), urn, form.category(), form.reason(), actor(user));
        return "redirect:/assessments/priority-list#school-" + urn;
    }

    @GetMapping("/assessments/overrides/{id}/withdrawal")
    String withdrawal(@PathVariable long id, OverrideWithdrawalForm form, ViewerScope viewer, Model model) {
        return showWithdrawal(id, form, List.of(), viewer, model);
    }

    /** Withdrawing puts the school back in the category its latest run computed; the override stays on record. */
    @PostMapping("/assessments/overrides/{id}/withdrawal")
    String withdraw(@PathVariable long id, OverrideWithdrawalForm form, Principal user, ViewerScope viewer,
            Model model) {
        CategoryOverride override = overrideOf(id, viewer);
        List<OverrideForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            return showWithdrawal(id, form, problems, viewer, model);
        }
        lists.withdraw(id, form.reason(), actor(user));
        return "redirect:/assessments/priority-list#school-" + override.urn();
    }

    private String showWithdrawal(long id, OverrideWithdrawalForm form, List<OverrideForm.Problem> problems,
            ViewerScope viewer, Model model) {
        CategoryOverride override = overrideOf(id, viewer);
        model.addAttribute("section", "priority-list");
        model.addAttribute("override", override);
        model.addAttribute("schoolName", lists.latestFor(council.la(), viewer)
                .flatMap(list -> list.entries().stream().filter(entry -> entry.result().urn().equals(override.urn()))
                        .findFirst())
                .map(PriorityEntry::schoolName).orElse(""));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "assessment/override-withdraw";
    }

    private CategoryOverride overrideOf(long id, ViewerScope viewer) {
        return lists.findOverride(id, viewer)
                .orElseThrow(() -> new AssessmentNotFoundException("No override " + id + " is on record"));
    }

    private static String actor(Principal user) {
        return user == null ? PriorityListController.NOT_SIGNED_IN : user.getName();
    }

    private static PriorityEntry entryOf(PriorityList list, Urn urn) {
        return list.entries().stream().filter(listed -> listed.result().urn().equals(urn)).findFirst()
                .orElseThrow(() -> new AssessmentNotFoundException(
                        "School " + urn + " is not on the priority list of run " + list.run().id()));
    }

    private String show(OverrideForm form, List<OverrideForm.Problem> problems, ViewerScope viewer, Model model) {
        PriorityList list = listFor(form, viewer);
        Urn urn = urnOf(form);
        PriorityEntry entry = entryOf(list, urn);
        // The evidence the earlier override answered, beside today's, so the officer confirms knowing both.
        entry.overrideToConfirm().ifPresent(earlier -> model.addAttribute("earlierResult",
                runs.results(earlier.runId(), viewer).stream().filter(result -> result.urn().equals(urn))
                        .findFirst().orElse(null)));
        if (form.category() == null) {
            form = new OverrideForm(form.run(), form.urn(),
                    entry.overrideToConfirm().map(CategoryOverride::category).orElse(null), form.reason());
        }
        model.addAttribute("section", "priority-list");
        model.addAttribute("list", list);
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "assessment/override-new";
    }

    /** The run named in the form, or the council's latest when the link named none. */
    private PriorityList listFor(OverrideForm form, ViewerScope viewer) {
        return (form.run() == null ? lists.latestFor(council.la(), viewer) : lists.forRun(form.run(), viewer))
                .orElseThrow(() -> new AssessmentNotFoundException("No assessment run to override"));
    }

    private static Urn urnOf(OverrideForm form) {
        try {
            return Urn.parse(form.urn());
        } catch (RuntimeException notAUrn) {
            throw new AssessmentNotFoundException("'" + form.urn() + "' is not a URN");
        }
    }
}
