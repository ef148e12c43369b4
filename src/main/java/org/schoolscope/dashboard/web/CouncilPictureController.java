package org.schoolscope.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.dashboard.CouncilPicture;
import org.schoolscope.dashboard.CouncilPictures;
import org.schoolscope.dashboard.HeadlineOutcomes;
import org.schoolscope.dashboard.LatestGrade;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard page: the council's picture as at a date, today unless asked. */
@Controller
class CouncilPictureController {

    private final CouncilPictures pictures;
    private final CouncilProperties council;
    private final HeadlineOutcomes outcomes;
    private final SchoolListLinks links;
    private final Clock clock;

    CouncilPictureController(CouncilPictures pictures, HeadlineOutcomes outcomes, CouncilProperties council,
            SchoolListLinks links, Clock clock) {
        this.pictures = pictures;
        this.outcomes = outcomes;
        this.council = council;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String asAt,
            @RequestParam(name = "asAtDay", required = false) String day,
            @RequestParam(name = "asAtMonth", required = false) String month,
            @RequestParam(name = "asAtYear", required = false) String year,
            ViewerScope viewer, Model model) {
        LocalDate today = LocalDate.now(clock);
        AsAtDate date = AsAtDate.of(asAt, day, month, year, today);
        CouncilPicture picture = pictures.asAt(council.la(), date.date(), viewer);
        model.addAttribute("section", "dashboard");
        model.addAttribute("picture", picture);
        model.addAttribute("dateProblem", date.problem());
        model.addAttribute("asAtDay", day);
        model.addAttribute("asAtMonth", month);
        model.addAttribute("asAtYear", year);
        model.addAttribute("ownSchoolsOnly", !viewer.seesEverySchool());
        model.addAttribute("grades", LatestGrade.values());
        // The numbers are of the day asked for, so the lists behind them are too.
        SchoolListLinks links = this.links.on(picture.asAt().equals(today) ? null : picture.asAt());
        model.addAttribute("phaseRows", GroupRows.of(picture.byPhase(), "phase", links));
        model.addAttribute("bodyRows", GroupRows.of(picture.byResponsibleBody(), "body", links));
        model.addAttribute("districtRows", GroupRows.of(picture.byDistrict(), "district", links));
        model.addAttribute("notInspectedRows", GroupRows.oldestFirst(picture.notInspectedForFiveYears(), links));
        model.addAttribute("districtChart", GradeChart.of(picture.byDistrict()));
        model.addAttribute("outcomes", outcomes.forCouncil(council.la(), picture.asAt()));
        return "dashboard/dashboard";
    }
}
