package org.schoolscope.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceNote;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A school's soft intelligence: the list of notes (withdrawn ones marked, never hidden), recording a note and
 * withdrawing one with a reason. Post/Redirect/Get; a form with a problem is shown again with an error summary.
 * Every page that shows notes reads them through {@link SoftIntelligence}, which audits the read.
 */
@Controller
@RequestMapping("/schools/{urn}/soft-intelligence")
class SoftIntelligenceController {

    private final SoftIntelligence softIntelligence;
    private final Clock clock;

    SoftIntelligenceController(SoftIntelligence softIntelligence, Clock clock) {
        this.softIntelligence = softIntelligence;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable("urn") String urn, ViewerScope viewer, Model model) {
        return showList(ActingUser.urn(urn), viewer, List.of(), null, model);
    }

    @GetMapping("/new")
    String form(@PathVariable("urn") String urn, Model model) {
        return showForm(ActingUser.urn(urn), SoftIntelligenceForm.empty(), List.of(), model);
    }

    @PostMapping
    String create(@PathVariable("urn") String urn, SoftIntelligenceForm form, ViewerScope viewer, Model model) {
        Urn school = ActingUser.urn(urn);
        List<FormProblem> problems = form.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return showForm(school, form, problems, model);
        }
        SoftIntelligenceNote note = softIntelligence.record(school, form.toNote(), viewer);
        return "redirect:/schools/" + school + "/soft-intelligence#note-" + note.id();
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable("urn") String urn, @PathVariable("id") long id, WithdrawalForm form,
            ViewerScope viewer, Model model) {
        Urn school = ActingUser.urn(urn);
        if (!form.valid()) {
            return showList(school, viewer, List.of(new FormProblem("reason-" + id,
                    "softIntelligence.error.withdrawReason")), form, model);
        }
        softIntelligence.withdraw(school, id, form.reason(), viewer);
        return "redirect:/schools/" + school + "/soft-intelligence#note-" + id;
    }

    private String showList(Urn urn, ViewerScope viewer, List<FormProblem> problems, WithdrawalForm withdrawal,
            Model model) {
        model.addAttribute("section", "schools");
        model.addAttribute("urn", urn);
        model.addAttribute("schoolName", softIntelligence.schoolName(urn));
        model.addAttribute("notes", softIntelligence.notes(urn, viewer));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("problems", problems);
        model.addAttribute("withdrawal", withdrawal);
        return "assessment/soft-intelligence-list";
    }

    private String showForm(Urn urn, SoftIntelligenceForm form, List<FormProblem> problems, Model model) {
        model.addAttribute("section", "schools");
        model.addAttribute("urn", urn);
        model.addAttribute("schoolName", softIntelligence.schoolName(urn));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("topics", SoftIntelligenceTopic.values());
        model.addAttribute("sensitivities", NoteSensitivity.values());
        return "assessment/soft-intelligence-new";
    }
}
