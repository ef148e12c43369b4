package org.schoolscope.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.schoolscope.scorecard.Scorecard;
import org.schoolscope.scorecard.Scorecards;
import org.schoolscope.web.CouncilProperties;
import org.schoolscope.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directorate scorecard for a year and an indicator's history. The council is the configured one; {@code ?la=}
 * shows another council's by its DfE code, with no change to the code or the configuration.
 */
@Controller
class ScorecardController {

    private final Scorecards scorecards;
    private final CouncilProperties council;
    private final IndicatorPage page;

    ScorecardController(Scorecards scorecards, CouncilProperties council, IndicatorPage page) {
        this.scorecards = scorecards;
        this.council = council;
        this.page = page;
    }

    @GetMapping("/scorecard")
    String scorecard(@RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "la", required = false) String la, HttpServletRequest request, Model model) {
        int code = laCode(la);
        Scorecard scorecard = scorecards.forCouncil(code, page.fallbackName(code),
                period == null || period.isBlank() ? null : period.trim());
        model.addAttribute("section", "scorecard");
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("otherCouncil", code != council.laCode());
        model.addAttribute("mayEdit", code == council.laCode()
                && ScorecardRoutes.EDITORS.stream().anyMatch(role -> request.isUserInRole(role.name())));
        return "scorecard/scorecard";
    }

    @GetMapping("/scorecard/indicators/{code}")
    String indicator(@PathVariable("code") String indicator, @RequestParam(name = "la", required = false) String la,
            HttpServletRequest request, Model model) {
        return page.show(page.history(laCode(la), indicator), IndicatorEntryForm.empty(), StatusOverrideForm.empty(),
                new FormProblems(), request, model);
    }

    private int laCode(String la) {
        return CouncilChoice.of(la, council.laCode());
    }
}
