package org.schoolscope.profile.web;

import java.time.Clock;
import java.time.LocalDate;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.WaitingForYou;
import org.schoolscope.profile.persistence.OverviewQuery;
import org.schoolscope.web.CouncilProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: the council's schools as at a date (today unless asked), what is loaded, where to go next, and for
 * the Director and the advisory board what is waiting for them in the improvement cycle.
 */
@Controller
class HomeController {

    private final OverviewQuery overview;
    private final CouncilProperties council;
    private final WaitingForYou waiting;
    private final Clock clock;

    HomeController(OverviewQuery overview, CouncilProperties council, WaitingForYou waiting, Clock clock) {
        this.overview = overview;
        this.council = council;
        this.waiting = waiting;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            ViewerScope viewer, Authentication user, Model model) {
        model.addAttribute("section", "home");
        // What waits for the Director and for the board, as the improvement module reads it from the timelines.
        if (holds(user, "DCS")) {
            model.addAttribute("waitingForDirector", waiting.forDirector(viewer));
        }
        if (holds(user, "BOARD")) {
            model.addAttribute("waitingForBoard", waiting.forBoard(viewer));
            model.addAttribute("nextBoardMeeting", waiting.nextBoardMeeting().orElse(null));
        }
        model.addAttribute("overview", overview.overview(council.la(), asAt != null ? asAt : LocalDate.now(clock),
                viewer));
        return "profile/home";
    }

    private static boolean holds(Authentication user, String role) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }
}
