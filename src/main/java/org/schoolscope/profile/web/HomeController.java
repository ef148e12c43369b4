package org.schoolscope.profile.web;

import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.persistence.OverviewQuery;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what is loaded for the council, and where to go next. */
@Controller
class HomeController {

    private final OverviewQuery overview;
    private final CouncilProperties council;

    HomeController(OverviewQuery overview, CouncilProperties council) {
        this.overview = overview;
        this.council = council;
    }

    @GetMapping("/")
    String home(ViewerScope viewer, Model model) {
        model.addAttribute("section", "home");
        model.addAttribute("overview", overview.overview(council.la(), viewer));
        return "profile/home";
    }
}
