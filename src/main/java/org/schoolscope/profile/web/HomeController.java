package org.schoolscope.profile.web;

import java.time.Clock;
import java.time.LocalDate;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.persistence.OverviewQuery;
import org.schoolscope.web.CouncilProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the council's schools as at a date (today unless asked), what is loaded, and where to go next. */
@Controller
class HomeController {

    private final OverviewQuery overview;
    private final CouncilProperties council;
    private final Clock clock;

    HomeController(OverviewQuery overview, CouncilProperties council, Clock clock) {
        this.overview = overview;
        this.council = council;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            ViewerScope viewer, Model model) {
        model.addAttribute("section", "home");
        model.addAttribute("overview", overview.overview(council.la(), asAt != null ? asAt : LocalDate.now(clock),
                viewer));
        return "profile/home";
    }
}
