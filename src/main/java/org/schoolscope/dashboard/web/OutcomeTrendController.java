package org.schoolscope.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import org.schoolscope.dashboard.HeadlineMeasure;
import org.schoolscope.dashboard.HeadlineOutcome;
import org.schoolscope.dashboard.HeadlineOutcomes;
import org.schoolscope.dashboard.OutcomeNotFoundException;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One headline outcome's trend: a line chart of the council against England, its statistical neighbours and the core
 * cities over the years the files hold, with the numbers behind it. Public aggregates, the same for every role.
 */
@Controller
class OutcomeTrendController {

    private final HeadlineOutcomes outcomes;
    private final CouncilProperties council;
    private final Clock clock;

    OutcomeTrendController(HeadlineOutcomes outcomes, CouncilProperties council, Clock clock) {
        this.outcomes = outcomes;
        this.council = council;
        this.clock = clock;
    }

    @GetMapping("/dashboard/outcomes/{measure}")
    String outcome(@PathVariable("measure") String slug, @RequestParam(required = false) String asAt, Model model) {
        HeadlineMeasure measure = HeadlineMeasure.bySlug(slug).orElseThrow(() -> new OutcomeNotFoundException(slug));
        AsAtDate date = AsAtDate.of(asAt, null, null, null, LocalDate.now(clock));
        HeadlineOutcome outcome = outcomes.one(measure, council.la(), date.date());
        model.addAttribute("section", "dashboard");
        model.addAttribute("asAt", date.date());
        model.addAttribute("outcome", outcome);
        model.addAttribute("chart", OutcomeChart.of(outcome, council.name()));
        return "dashboard/outcome";
    }
}
