package org.schoolscope.assessment.web;

import java.security.Principal;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentNotFoundException;
import org.schoolscope.assessment.PriorityEntry;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Overriding a school's category on the priority list with a written reason. The override is stored beside the
 * computed result; the list shows both. Post/Redirect/Get; a form with a problem is shown again with an error summary.
 */
@Controller
class OverrideController {

    private final PriorityLists lists;
    private final CouncilProperties council;

    OverrideController(PriorityLists lists, CouncilProperties council) {
        this.lists = lists;
        this.council = council;
    }

    @GetMapping("/assessments/overrides/new")
    String form(OverrideForm form, ViewerScope viewer, Model model) {
        return show(form, List.of(), viewer, model);
    }

    @PostMapping("/assessments/overrides")
    String save(OverrideForm form, Principal user, ViewerScope viewer, Model model) {
        PriorityList list = listFor(form, viewer);
        List<OverrideForm.Problem> problems = form.problems(list.categories());
        if (!problems.isEmpty()) {
            return show(form, problems, viewer, model);
        }
        Urn urn = urnOf(form);
        lists.override(list.run().id(), urn, form.category(), form.reason(),
                user == null ? PriorityListController.NOT_SIGNED_IN : user.getName());
        return "redirect:/assessments/priority-list#school-" + urn;
    }

    private String show(OverrideForm form, List<OverrideForm.Problem> problems, ViewerScope viewer, Model model) {
        PriorityList list = listFor(form, viewer);
        Urn urn = urnOf(form);
        PriorityEntry entry = list.entries().stream().filter(listed -> listed.result().urn().equals(urn))
                .findFirst().orElseThrow(() -> new AssessmentNotFoundException(
                        "School " + urn + " is not on the priority list of run " + list.run().id()));
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
