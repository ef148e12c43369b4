package org.schoolscope.improvement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.BoardMeeting;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.StepRefusedException;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stage 3: the fortnightly School Improvement Advisory Board. Meetings are scheduled here; each meeting's agenda is
 * built from the list: newly flagged and self-reported schools, schools with overdue actions, and every school on
 * the list, each with a link to record the board's recommendation. A partner's agenda holds their own schools only.
 */
@Controller
class BoardMeetingController {

    private final ImprovementCycle cycle;
    private final ImprovementDates dates;

    BoardMeetingController(ImprovementCycle cycle, ImprovementDates dates) {
        this.cycle = cycle;
        this.dates = dates;
    }

    /** A school on an agenda. */
    public record AgendaItem(Urn urn, String name, String stage, String reason, int overdue) {
    }

    @GetMapping("/improvement/board-meetings")
    String meetings(@RequestParam(required = false) String year, Model model) {
        return show(Requests.year(year, cycle.currentYear()), null, null, model);
    }

    @PostMapping("/improvement/board-meetings")
    String schedule(@RequestParam(required = false) String year, HttpServletRequest request, Principal principal,
            HttpServletResponse response, Model model) {
        AcademicYear academicYear = Requests.year(year, cycle.currentYear());
        String date = DateParts.read(request, "date");
        LocalDate meetingDate;
        try {
            meetingDate = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException notADate) {
            return show(academicYear, date, "improvement.error.date", model);
        }
        try {
            BoardMeeting meeting = cycle.scheduleBoard(academicYear, meetingDate, Requests.actor(principal));
            return "redirect:/improvement/board-meetings/" + meeting.id();
        } catch (StepRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(academicYear, date, "improvement.error.meetingYear", model);
        }
    }

    @GetMapping("/improvement/board-meetings/{id}")
    String agenda(@PathVariable long id, ViewerScope viewer, Model model) {
        BoardMeeting meeting = cycle.boardMeeting(id);
        LocalDate today = cycle.today();
        List<ImprovementCase> cases = cycle.cases(meeting.year(), viewer);
        Map<Urn, String> names = cycle.schoolNames(cases.stream().map(ImprovementCase::urn).toList(), viewer);
        List<AgendaItem> flagged = cases.stream().filter(ImprovementCase::needsBoard)
                .map(improvementCase -> item(improvementCase, names, improvementCase.isSelfReported()
                        ? "Self-reported vulnerability" : improvementCase.isListed()
                                ? "New Ofsted inspection" : "Newly flagged by the assessment", today))
                .toList();
        List<AgendaItem> overdue = cases.stream().filter(improvementCase -> improvementCase.overdueCount(today) > 0)
                .map(improvementCase -> item(improvementCase, names, "Overdue items", today)).toList();
        List<AgendaItem> listed = cases.stream().filter(ImprovementCase::isListed)
                .map(improvementCase -> item(improvementCase, names, "On the list", today)).toList();
        model.addAttribute("section", "improvement");
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingDate", dates.date(meeting.date()));
        model.addAttribute("sections", List.of("flagged", "overdue", "listed"));
        model.addAttribute("flagged", flagged);
        model.addAttribute("overdue", overdue);
        model.addAttribute("listed", listed);
        return "improvement/board-meeting";
    }

    private String show(AcademicYear year, String date, String problem, Model model) {
        List<BoardMeeting> meetings = cycle.boardMeetings(year);
        LocalDate suggested = meetings.isEmpty() ? null
                : meetings.get(meetings.size() - 1).date().plusWeeks(2);
        model.addAttribute("section", "improvement");
        model.addAttribute("year", year);
        model.addAttribute("meetings", meetings);
        model.addAttribute("date", date != null ? date : suggested == null ? "" : suggested.toString());
        model.addAttribute("problems", problem == null ? List.of() : List.of(new StepForm.Problem("date", problem)));
        return "improvement/board-meetings";
    }

    private static AgendaItem item(ImprovementCase improvementCase, Map<Urn, String> names, String reason,
            LocalDate today) {
        return new AgendaItem(improvementCase.urn(), names.getOrDefault(improvementCase.urn(), ""),
                improvementCase.stage(), reason, improvementCase.overdueCount(today));
    }
}
