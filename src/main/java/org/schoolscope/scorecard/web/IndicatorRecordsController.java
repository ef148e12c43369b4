package org.schoolscope.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.schoolscope.scorecard.IndicatorHistory;
import org.schoolscope.scorecard.OfficerEntries;
import org.schoolscope.scorecard.ScorecardNotFoundException;
import org.schoolscope.scorecard.StatusOverrides;
import org.schoolscope.web.CouncilProperties;
import org.schoolscope.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An officer's value for an indicator in a period, and a status set against the computed one, for the configured
 * council, from the forms on the indicator's page. Post/Redirect/Get; a form with a problem is shown again on the
 * page with an error summary.
 */
@Controller
class IndicatorRecordsController {

    private final IndicatorPage page;
    private final OfficerEntries entries;
    private final StatusOverrides overrides;
    private final CouncilProperties council;

    IndicatorRecordsController(IndicatorPage page, OfficerEntries entries, StatusOverrides overrides,
            CouncilProperties council) {
        this.page = page;
        this.entries = entries;
        this.overrides = overrides;
        this.council = council;
    }

    @PostMapping("/scorecard/indicators/{code}/entries")
    String enter(@PathVariable("code") String code, IndicatorEntryForm form, Principal user,
            HttpServletRequest request, Model model) {
        IndicatorHistory history = page.history(council.laCode(), code);
        if (!history.indicator().enteredByOfficer()) {
            throw new ScorecardNotFoundException("Indicator " + code + " is not entered by an officer");
        }
        FormProblems problems = form.problems(history.indicator(), periods(history));
        if (!problems.isEmpty()) {
            return page.show(history, form, StatusOverrideForm.empty(), problems, request, model);
        }
        entries.enter(council.laCode(), history.indicator().code(), form.entry(history.indicator()), actor(user));
        return "redirect:/scorecard/indicators/" + history.indicator().code() + "#entries";
    }

    @PostMapping("/scorecard/indicators/{code}/status-overrides")
    String override(@PathVariable("code") String code, StatusOverrideForm form, Principal user,
            HttpServletRequest request, Model model) {
        IndicatorHistory history = page.history(council.laCode(), code);
        FormProblems problems = form.problems(periods(history), history.computedStatus(form.period()));
        if (!problems.isEmpty()) {
            return page.show(history, IndicatorEntryForm.empty(), form, problems, request, model);
        }
        overrides.set(council.laCode(), history.indicator().code(), form.period(), form.chosen(), form.reason(),
                actor(user));
        return "redirect:/scorecard/indicators/" + history.indicator().code() + "#status-overrides";
    }

    private static java.util.List<String> periods(IndicatorHistory history) {
        return history.periodChoices().stream().map(IndicatorHistory.Choice::value).toList();
    }

    private static String actor(Principal user) {
        return user == null || user.getName() == null ? "anonymous" : user.getName();
    }
}
