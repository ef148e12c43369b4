package org.schoolscope.improvement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.ProposedListChanges;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.improvement.domain.StepRefusedException;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stage 1 for the whole list: propose it from the latest assessment run, review last year's schools for carrying
 * forward, see which first-time vulnerable schools still need their visit, and agree it formally before October half
 * term, with the countdown.
 */
@Controller
class ListController {

    private final ImprovementCycle cycle;
    private final PriorityLists priorityLists;
    private final CouncilProperties council;
    private final ProposedListChanges proposedListChanges;

    ListController(ImprovementCycle cycle, PriorityLists priorityLists, CouncilProperties council,
            ProposedListChanges proposedListChanges) {
        this.cycle = cycle;
        this.priorityLists = priorityLists;
        this.council = council;
        this.proposedListChanges = proposedListChanges;
    }

    /** A row of the Stage 1 page: the school, its case, and whether it still needs its visit. */
    public record ListRow(Urn urn, String name, ImprovementCase improvementCase, boolean needsVisit) {
    }

    /** A school taken off the proposed list: when, by whom and why, as the timeline records it. */
    public record TakenOffRow(Urn urn, String name, ImprovementEvent step) {
    }

    /** The agreement form: who agreed for the partner, and any note. */
    public record AgreementForm(String year, String partnerAgreedBy, String why) {
    }

    @GetMapping("/improvement/list")
    String list(@RequestParam(required = false) String year, ViewerScope viewer, Model model) {
        return show(Requests.year(year, cycle.currentYear()), new AgreementForm(null, null, null), null, viewer,
                model);
    }

    @PostMapping("/improvement/list/propose")
    String propose(@RequestParam(required = false) String year, Principal principal, HttpServletResponse response,
            ViewerScope viewer, Model model) {
        AcademicYear academicYear = Requests.year(year, cycle.currentYear());
        try {
            cycle.propose(academicYear, Requests.actor(principal));
        } catch (StepRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(academicYear, new AgreementForm(null, null, null), refused.getMessage(), viewer, model);
        }
        return "redirect:/improvement/list?year=" + academicYear + "#proposed";
    }

    /** Reloading the address of a refused agreement shows the list again, not a refusal. */
    @GetMapping("/improvement/list/agree")
    String agreeAgain(@RequestParam(required = false) String year) {
        return "redirect:/improvement/list?year=" + Requests.year(year, cycle.currentYear()) + "#agree-form";
    }

    @PostMapping("/improvement/list/agree")
    String agree(AgreementForm form, Principal principal, HttpServletResponse response, ViewerScope viewer,
            Model model) {
        AcademicYear academicYear = Requests.year(form.year(), cycle.currentYear());
        try {
            cycle.agreeList(academicYear, form.partnerAgreedBy(), form.why(), Requests.actor(principal));
        } catch (StepRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(academicYear, form, refused.getMessage(), viewer, model);
        }
        return "redirect:/improvement?year=" + academicYear;
    }

    private String show(AcademicYear year, AgreementForm form, String refusal, ViewerScope viewer, Model model) {
        List<ImprovementCase> cases = cycle.cases(year, viewer);
        Set<Urn> lastYear = cycle.listedAtEndOf(year.previous(), viewer);
        List<Urn> urns = new ArrayList<>(lastYear);
        cases.forEach(improvementCase -> urns.add(improvementCase.urn()));
        Map<Urn, String> names = cycle.schoolNames(urns, viewer);
        List<ListRow> proposed = cases.stream()
                .filter(improvementCase -> improvementCase.status() == CaseStatus.PROPOSED)
                .map(improvementCase -> new ListRow(improvementCase.urn(), names.getOrDefault(improvementCase.urn(),
                        ""), improvementCase, improvementCase.isFirstTimeVulnerable()
                                && improvementCase.refusal(StepType.LIST_AGREED)
                                        .isPresent()))
                .toList();
        List<ListRow> carryForward = lastYear.stream().sorted().map(urn -> {
            ImprovementCase current = cases.stream().filter(improvementCase -> improvementCase.urn().equals(urn))
                    .findFirst().orElse(null);
            return new ListRow(urn, names.getOrDefault(urn, ""), current, false);
        }).toList();
        List<TakenOffRow> takenOff = cases.stream()
                .filter(improvementCase -> improvementCase.status() == CaseStatus.TAKEN_OFF)
                .flatMap(improvementCase -> improvementCase.takenOff().stream()
                        .map(step -> new TakenOffRow(improvementCase.urn(),
                                names.getOrDefault(improvementCase.urn(), ""), step)))
                .toList();
        List<ListRow> pendingVisits = proposed.stream().filter(ListRow::needsVisit).toList();
        model.addAttribute("section", "improvement");
        model.addAttribute("year", year);
        model.addAttribute("deadline", cycle.deadline(year));
        model.addAttribute("daysToDeadline", cycle.daysToDeadline(year));
        // Only the run is shown, so nothing from soft intelligence is read for it.
        model.addAttribute("run", priorityLists.latestFor(council.la(), viewer.withoutNotes()).map(list -> list.run())
                .orElse(null));
        model.addAttribute("proposed", proposed);
        model.addAttribute("pendingVisits", pendingVisits);
        model.addAttribute("takenOff", takenOff);
        model.addAttribute("listAgreed", proposedListChanges.listAgreedAt(year).isPresent());
        model.addAttribute("carryForward", carryForward);
        model.addAttribute("listedCount", cases.stream().filter(ImprovementCase::isListed).count());
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        // A refusal for visits still needed points at the table that names each school.
        model.addAttribute("refusalTarget", refusal != null && !pendingVisits.isEmpty() ? "#pending-visits"
                : "#agree-form");
        model.addAttribute("noProblems", List.of());
        return "improvement/list";
    }
}
