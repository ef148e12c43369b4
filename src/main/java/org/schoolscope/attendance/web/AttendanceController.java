package org.schoolscope.attendance.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.attendance.AttendanceReports;
import org.schoolscope.attendance.MeetingRefusedException;
import org.schoolscope.attendance.PupilAttendance;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attendance pages: where to start, the code table, a council's and a school's figures as at any date
 * ({@code ?on=2025-03-12}; today, or the last day with marks, when none is given), and a school's pupils.
 */
@Controller
class AttendanceController {

    private final AttendanceReports reports;
    private final PupilAttendance pupils;

    AttendanceController(AttendanceReports reports, PupilAttendance pupils) {
        this.reports = reports;
        this.pupils = pupils;
    }

    @GetMapping("/attendance")
    String home(Model model) {
        model.addAttribute("section", "attendance");
        model.addAttribute("councils", reports.seesEverySchool() ? reports.councils() : List.of());
        model.addAttribute("schools", reports.seesEverySchool() ? List.of() : reports.visibleSchools());
        return "attendance/home";
    }

    @GetMapping("/attendance/codes")
    String codes(Model model) {
        model.addAttribute("section", "attendance");
        model.addAttribute("codes", AttendanceCode.values());
        return "attendance/codes";
    }

    @GetMapping("/attendance/councils/{la}")
    String council(@PathVariable String la, @RequestParam(required = false) String on, Model model) {
        int laCode = Requests.laCode(la);
        Optional<LocalDate> day = day(on, model);
        model.addAttribute("section", "attendance");
        model.addAttribute("report", reports.council(laCode, day.orElse(null)));
        return "attendance/council";
    }

    @GetMapping("/attendance/schools/{urn}")
    String school(@PathVariable String urn, @RequestParam(required = false) String on, Model model) {
        Urn school = Requests.urn(urn);
        Optional<LocalDate> day = day(on, model);
        model.addAttribute("section", "attendance");
        model.addAttribute("report", reports.school(school, day.orElse(null)));
        return "attendance/school";
    }

    @GetMapping("/attendance/schools/{urn}/pupils")
    String pupils(@PathVariable String urn, @RequestParam(required = false) String on, Principal principal,
            Model model) {
        Urn school = Requests.urn(urn);
        Optional<LocalDate> day = day(on, model);
        model.addAttribute("section", "attendance");
        model.addAttribute("report", pupils.pupils(school, day.orElse(null), Requests.actor(principal)));
        return "attendance/pupils";
    }

    /** The day asked for; a date that does not parse is shown as a problem and the default day is used. */
    private static Optional<LocalDate> day(String on, Model model) {
        model.addAttribute("on", on == null ? "" : on);
        try {
            Optional<LocalDate> day = Requests.day(on);
            model.addAttribute("problems", List.of());
            return day;
        } catch (Requests.BadDayException notADate) {
            model.addAttribute("problems", List.of(new MeetingRefusedException.Problem("on",
                    "Enter the date as year, month and day, for example 2025-03-12")));
            return Optional.empty();
        }
    }
}
