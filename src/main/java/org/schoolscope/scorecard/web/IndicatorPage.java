package org.schoolscope.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.schoolscope.scorecard.IndicatorHistory;
import org.schoolscope.scorecard.Scorecards;
import org.schoolscope.web.CouncilProperties;
import org.schoolscope.web.FormProblems;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * An indicator's page as it is shown, with its forms: for the configured council, a user who may edit (README, Roles:
 * officers edit; the Director, the board and analysts read) sees the form to enter a value, where an officer enters
 * the indicator's values, and the form to set its status. Another council's page is read only.
 */
@Component
class IndicatorPage {

    private final Scorecards scorecards;
    private final CouncilProperties council;

    IndicatorPage(Scorecards scorecards, CouncilProperties council) {
        this.scorecards = scorecards;
        this.council = council;
    }

    IndicatorHistory history(int laCode, String indicator) {
        return scorecards.indicator(laCode, fallbackName(laCode), indicator);
    }

    String show(IndicatorHistory history, IndicatorEntryForm entryForm, StatusOverrideForm overrideForm,
            FormProblems problems, HttpServletRequest request, Model model) {
        boolean otherCouncil = history.laCode() != council.laCode();
        model.addAttribute("section", "scorecard");
        model.addAttribute("history", history);
        model.addAttribute("otherCouncil", otherCouncil);
        model.addAttribute("mayEdit", !otherCouncil && ScorecardRoutes.EDITORS.stream()
                .anyMatch(role -> request.isUserInRole(role.name())));
        model.addAttribute("entryForm", entryForm);
        model.addAttribute("overrideForm", overrideForm);
        model.addAttribute("problems", problems);
        return "scorecard/indicator";
    }

    String fallbackName(int code) {
        return code == council.laCode() ? council.name() : "Council " + code;
    }
}
