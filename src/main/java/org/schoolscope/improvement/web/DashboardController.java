package org.schoolscope.improvement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list at a glance (issue 4, item 9), and the priority partners' caseloads, over the schools the viewer may see:
 * a partner's or headteacher's own, with counts over those only.
 */
@Controller
class DashboardController {

    private final ImprovementCycle cycle;
    private final ImprovementDates dates;

    DashboardController(ImprovementCycle cycle, ImprovementDates dates) {
        this.cycle = cycle;
        this.dates = dates;
    }

    /** A school on the dashboard. {@code planStatus} is a sentence; {@code overdue} counts plan, actions, notice. */
    public record DashboardRow(Urn urn, String name, String stage, String partner, String planStatus,
            boolean planOverdue, String rag, LocalDate lastVisit, int overdue, boolean needsBoard) {
    }

    /** A priority partner and the listed schools allocated to them. */
    public record Caseload(String partner, List<Urn> urns, Map<Urn, String> names) {
    }

    @GetMapping("/improvement")
    String dashboard(@RequestParam(required = false) String year, ViewerScope viewer, Model model) {
        AcademicYear academicYear = Requests.year(year, cycle.currentYear());
        LocalDate today = cycle.today();
        List<ImprovementCase> cases = cycle.cases(academicYear, viewer).stream()
                .filter(improvementCase -> improvementCase.status() == CaseStatus.LISTED
                        || improvementCase.status() == CaseStatus.PROPOSED || improvementCase.isSelfReported())
                .toList();
        Map<Urn, String> names = cycle.schoolNames(cases.stream().map(ImprovementCase::urn).toList(), viewer);
        List<DashboardRow> rows = new ArrayList<>();
        for (ImprovementCase improvementCase : cases) {
            rows.add(new DashboardRow(improvementCase.urn(), names.getOrDefault(improvementCase.urn(), ""),
                    improvementCase.stage(), improvementCase.partner().orElse(""), planStatus(improvementCase, today),
                    improvementCase.planOverdue(today), improvementCase.rag().map(rag -> rag.label()).orElse(""),
                    improvementCase.lastVisit().orElse(null), improvementCase.overdueCount(today),
                    improvementCase.needsBoard()));
        }
        model.addAttribute("section", "improvement");
        model.addAttribute("year", academicYear);
        model.addAttribute("rows", rows);
        model.addAttribute("deadline", cycle.deadline(academicYear));
        model.addAttribute("daysToDeadline", cycle.daysToDeadline(academicYear));
        LocalDate nextBoard = cycle.nextBoardDate(academicYear).orElse(null);
        model.addAttribute("nextBoard", nextBoard);
        model.addAttribute("nextBoardText", dates.date(nextBoard));
        model.addAttribute("listed", cases.stream().filter(ImprovementCase::isListed).count());
        model.addAttribute("overdueTotal", rows.stream().mapToInt(DashboardRow::overdue).sum());
        return "improvement/dashboard";
    }

    @GetMapping("/improvement/partners")
    String partners(@RequestParam(required = false) String year, ViewerScope viewer, Model model) {
        AcademicYear academicYear = Requests.year(year, cycle.currentYear());
        Map<String, List<Urn>> caseloads = cycle.caseloads(academicYear, viewer);
        Map<Urn, String> names = cycle.schoolNames(caseloads.values().stream().flatMap(List::stream).toList(),
                viewer);
        model.addAttribute("section", "improvement");
        model.addAttribute("year", academicYear);
        model.addAttribute("caseloads", caseloads.entrySet().stream()
                .map(entry -> new Caseload(entry.getKey(), entry.getValue(), names)).toList());
        return "improvement/partners";
    }

    private static String planStatus(ImprovementCase improvementCase, LocalDate today) {
        if (improvementCase.plan().isPresent()) {
            return "Agreed";
        }
        if (!improvementCase.isListed()) {
            return "Not yet on the list";
        }
        return improvementCase.planDue().map(due -> (due.isBefore(today) ? "Overdue: was due by " : "Due by ") + due)
                .orElse("Not yet agreed");
    }
}
