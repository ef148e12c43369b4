package org.schoolscope.scorecard.web;

import org.schoolscope.scorecard.IndicatorHistory;
import org.schoolscope.scorecard.Scorecard;
import org.schoolscope.scorecard.ScorecardNotFoundException;
import org.schoolscope.scorecard.Scorecards;
import org.schoolscope.web.CouncilProperties;
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

    ScorecardController(Scorecards scorecards, CouncilProperties council) {
        this.scorecards = scorecards;
        this.council = council;
    }

    @GetMapping("/scorecard")
    String scorecard(@RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "la", required = false) String la, Model model) {
        int code = laCode(la);
        Scorecard scorecard = scorecards.forCouncil(code, fallbackName(code),
                period == null || period.isBlank() ? null : period.trim());
        model.addAttribute("section", "scorecard");
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("otherCouncil", code != council.laCode());
        return "scorecard/scorecard";
    }

    @GetMapping("/scorecard/indicators/{code}")
    String indicator(@PathVariable("code") String indicator, @RequestParam(name = "la", required = false) String la,
            Model model) {
        int code = laCode(la);
        IndicatorHistory history = scorecards.indicator(code, fallbackName(code), indicator);
        model.addAttribute("section", "scorecard");
        model.addAttribute("history", history);
        model.addAttribute("otherCouncil", code != council.laCode());
        return "scorecard/indicator";
    }

    private int laCode(String la) {
        if (la == null || la.isBlank()) {
            return council.laCode();
        }
        try {
            return org.schoolscope.shared.LaCode.parse(la).value();
        } catch (IllegalArgumentException e) {
            throw new ScorecardNotFoundException("No council " + la);
        }
    }

    private String fallbackName(int code) {
        return code == council.laCode() ? council.name() : "Council " + code;
    }
}
