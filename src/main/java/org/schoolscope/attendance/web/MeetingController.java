package org.schoolscope.attendance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.attendance.AttendanceReports;
import org.schoolscope.attendance.MeetingRefusedException;
import org.schoolscope.attendance.PupilLine;
import org.schoolscope.attendance.TargetingMeetings;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.correspondence.pdf.PdfRenderer;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The termly targeting meeting: a school's pack for a term (page, PDF, XLSX), recording the meeting (Post/Redirect/
 * Get, with the pack shown again with its problems when the record cannot be kept), and the council's meetings held
 * and due (page, PDF, XLSX).
 */
@Controller
class MeetingController {

    static final String PACK_PDF = "attendance/pdf/pack";
    static final String MEETINGS_PDF = "attendance/pdf/meetings";

    private final TargetingMeetings meetings;
    private final AttendanceReports reports;
    private final PdfRenderer renderer;
    private final CouncilProperties council;

    MeetingController(TargetingMeetings meetings, AttendanceReports reports, PdfRenderer renderer,
            CouncilProperties council) {
        this.meetings = meetings;
        this.reports = reports;
        this.renderer = renderer;
        this.council = council;
    }

    /** Fields as typed, for a form shown again with its problems. */
    public record Entered(String heldOn, String attendees, Map<Integer, TargetingMeetings.ActionInput> actions) {

        public String support(int enrolment) {
            TargetingMeetings.ActionInput action = actions.get(enrolment);
            return action == null ? "" : action.support();
        }

        public String owner(int enrolment) {
            TargetingMeetings.ActionInput action = actions.get(enrolment);
            return action == null ? "" : action.owner();
        }
    }

    @GetMapping("/attendance/schools/{urn}/meetings/{year}/{term}")
    String pack(@PathVariable String urn, @PathVariable String year, @PathVariable String term,
            Principal principal, Model model) {
        TargetingMeetings.Pack pack = meetings.pack(Requests.urn(urn), Requests.year(year), Requests.term(term),
                Requests.actor(principal));
        return show(pack, new Entered("", "", Map.of()), List.of(), model);
    }

    @PostMapping("/attendance/schools/{urn}/meetings/{year}/{term}")
    String record(@PathVariable String urn, @PathVariable String year, @PathVariable String term,
            @RequestParam MultiValueMap<String, String> form, Principal principal, HttpServletResponse response,
            Model model) {
        Urn school = Requests.urn(urn);
        AcademicYear academicYear = Requests.year(year);
        Term which = Requests.term(term);
        Map<Integer, TargetingMeetings.ActionInput> actions = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("support-") || name.startsWith("owner-")) {
                try {
                    int enrolment = Integer.parseInt(name.substring(name.indexOf('-') + 1));
                    actions.computeIfAbsent(enrolment, id -> new TargetingMeetings.ActionInput(
                            form.getFirst("support-" + id), form.getFirst("owner-" + id)));
                } catch (NumberFormatException notAPupil) {
                    // a field the form does not make; ignored
                }
            }
        });
        Entered entered = new Entered(form.getFirst("heldOn"), form.getFirst("attendees"), actions);
        try {
            long id = meetings.record(school, academicYear, which, new TargetingMeetings.MeetingInput(
                    entered.heldOn(), entered.attendees(), actions), Requests.actor(principal));
            return "redirect:/attendance/schools/" + school + "/meetings/" + academicYear + "/" + which.slug()
                    + "#meeting-" + id;
        } catch (MeetingRefusedException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            TargetingMeetings.Pack pack = meetings.pack(school, academicYear, which, Requests.actor(principal));
            return show(pack, entered, refused.problems(), model);
        }
    }

    @GetMapping("/attendance/schools/{urn}/meetings/{year}/{term}/pack.pdf")
    ResponseEntity<byte[]> packPdf(@PathVariable String urn, @PathVariable String year, @PathVariable String term,
            Principal principal) {
        TargetingMeetings.Pack pack = meetings.pack(Requests.urn(urn), Requests.year(year), Requests.term(term),
                Requests.actor(principal));
        Map<String, Object> variables = new HashMap<>();
        variables.put("pack", pack);
        variables.put("council", council);
        variables.put("day", PupilLine.DAY);
        return Requests.download(fileName(pack) + ".pdf", Requests.PDF, renderer.pdf(PACK_PDF, variables));
    }

    @GetMapping("/attendance/schools/{urn}/meetings/{year}/{term}/pack.xlsx")
    ResponseEntity<byte[]> packXlsx(@PathVariable String urn, @PathVariable String year, @PathVariable String term,
            Principal principal) {
        TargetingMeetings.Pack pack = meetings.pack(Requests.urn(urn), Requests.year(year), Requests.term(term),
                Requests.actor(principal));
        return Requests.download(fileName(pack) + ".xlsx", Requests.XLSX, PackXlsx.write(pack));
    }

    @GetMapping("/attendance/councils/{la}/meetings")
    String overview(@PathVariable String la, @RequestParam(required = false) String year, Model model) {
        int laCode = Requests.laCode(la);
        TargetingMeetings.Overview overview = meetings.overview(laCode, year(laCode, year));
        model.addAttribute("section", "attendance");
        model.addAttribute("overview", overview);
        model.addAttribute("attendanceCouncil", reports.council(laCode));
        model.addAttribute("years", meetings.years(laCode));
        return "attendance/meetings";
    }

    @GetMapping("/attendance/councils/{la}/meetings.xlsx")
    ResponseEntity<byte[]> overviewXlsx(@PathVariable String la, @RequestParam(required = false) String year) {
        int laCode = Requests.laCode(la);
        TargetingMeetings.Overview overview = meetings.overview(laCode, year(laCode, year));
        AttendanceReports.Council which = reports.council(laCode);
        return Requests.download("targeting-meetings-" + laCode + "-" + overview.year() + ".xlsx", Requests.XLSX,
                MeetingsXlsx.write(overview, which.name(), which.synthetic()));
    }

    @GetMapping("/attendance/councils/{la}/meetings.pdf")
    ResponseEntity<byte[]> overviewPdf(@PathVariable String la, @RequestParam(required = false) String year) {
        int laCode = Requests.laCode(la);
        TargetingMeetings.Overview overview = meetings.overview(laCode, year(laCode, year));
        Map<String, Object> variables = new HashMap<>();
        variables.put("overview", overview);
        variables.put("council", council);
        variables.put("attendanceCouncil", reports.council(laCode));
        variables.put("states", new MeetingStatesView());
        return Requests.download("targeting-meetings-" + laCode + "-" + overview.year() + ".pdf", Requests.PDF,
                renderer.pdf(MEETINGS_PDF, variables));
    }

    /** The year asked for, or the latest with terms on record. */
    private AcademicYear year(int laCode, String year) {
        if (year != null && !year.isBlank()) {
            return Requests.year(year);
        }
        return meetings.years(laCode).stream().findFirst()
                .orElseGet(() -> AcademicYear.containing(reports.today()));
    }

    private String show(TargetingMeetings.Pack pack, Entered entered, List<MeetingRefusedException.Problem> problems,
            Model model) {
        model.addAttribute("section", "attendance");
        model.addAttribute("pack", pack);
        model.addAttribute("entered", entered);
        model.addAttribute("problems", problems);
        model.addAttribute("day", PupilLine.DAY);
        return "attendance/pack";
    }

    private static String fileName(TargetingMeetings.Pack pack) {
        return "targeting-meeting-pack-" + pack.school().urn() + "-" + pack.year() + "-" + pack.term().term().slug();
    }

    /** The status words for templates that are rendered outside a request (the PDF). */
    public static final class MeetingStatesView {

        public String describe(TargetingMeetings.TermStatus status) {
            return MeetingStates.describe(status);
        }
    }
}
