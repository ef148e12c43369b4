package org.schoolscope.assessment.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.SelfReport;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A school's self-report of vulnerability (seed 004): whether one stands, the history, a form to report, and
 * withdrawing a report with a reason. Headteachers use it for their own school; officers and partners on a school's
 * behalf.
 */
@Controller
@RequestMapping("/schools/{urn}/self-report")
class SelfReportController {

    private final SoftIntelligence softIntelligence;
    private final Clock clock;

    SelfReportController(SoftIntelligence softIntelligence, Clock clock) {
        this.softIntelligence = softIntelligence;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable("urn") String urn, ViewerScope viewer, Model model) {
        return show(ActingUser.urn(urn), SelfReportForm.empty(), List.of(), null, viewer, model);
    }

    @PostMapping
    String report(@PathVariable("urn") String urn, SelfReportForm form, Principal principal, ViewerScope viewer,
            Model model) {
        Urn school = ActingUser.urn(urn);
        List<FormProblem> problems = form.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return show(school, form, problems, null, viewer, model);
        }
        softIntelligence.reportVulnerable(school, form.reason(), form.reportedOn().orElseThrow(),
                ActingUser.name(principal), ActingUser.reportingRole(principal));
        return "redirect:/schools/" + school + "/self-report";
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable("urn") String urn, @PathVariable("id") long id, WithdrawalForm form,
            ViewerScope viewer, Model model) {
        Urn school = ActingUser.urn(urn);
        if (!form.valid()) {
            return show(school, SelfReportForm.empty(),
                    List.of(new FormProblem("withdraw-reason-" + id, "selfReport.error.withdrawReason")), form,
                    viewer, model);
        }
        softIntelligence.withdrawSelfReport(school, id, form.reason(), viewer);
        return "redirect:/schools/" + school + "/self-report";
    }

    private String show(Urn urn, SelfReportForm form, List<FormProblem> problems, WithdrawalForm withdrawal,
            ViewerScope viewer, Model model) {
        List<SelfReport> reports = softIntelligence.selfReports(urn, viewer);
        model.addAttribute("section", "schools");
        model.addAttribute("urn", urn);
        model.addAttribute("schoolName", softIntelligence.schoolName(urn));
        model.addAttribute("reports", reports);
        model.addAttribute("standing", reports.stream().filter(report -> !report.withdrawn()).findFirst()
                .orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("withdrawal", withdrawal);
        return "assessment/self-report";
    }
}
