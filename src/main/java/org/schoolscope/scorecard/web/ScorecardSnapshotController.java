package org.schoolscope.scorecard.web;

import java.security.Principal;
import org.schoolscope.scorecard.ScorecardNotFoundException;
import org.schoolscope.scorecard.ScorecardSnapshot;
import org.schoolscope.scorecard.ScorecardSnapshots;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The council's kept monthly scorecards (issue 15, item 4): an officer keeps the month's scorecard for a year from
 * its page; anyone who reads the scorecard reads what was kept, exactly as it stood.
 */
@Controller
class ScorecardSnapshotController {

    private final ScorecardSnapshots snapshots;
    private final CouncilProperties council;
    private final IndicatorPage page;

    ScorecardSnapshotController(ScorecardSnapshots snapshots, CouncilProperties council, IndicatorPage page) {
        this.snapshots = snapshots;
        this.council = council;
        this.page = page;
    }

    @PostMapping("/scorecard/snapshots")
    String keep(@RequestParam(name = "period", required = false) String period, Principal user) {
        ScorecardSnapshot kept = snapshots.keep(council.laCode(), page.fallbackName(council.laCode()),
                period == null || period.isBlank() ? null : period.trim(), user.getName());
        return "redirect:/scorecard/snapshots/" + kept.id();
    }

    @GetMapping("/scorecard/snapshots")
    String list(Model model) {
        model.addAttribute("section", "scorecard");
        model.addAttribute("snapshots", snapshots.forCouncil(council.laCode()));
        return "scorecard/snapshots";
    }

    @GetMapping("/scorecard/snapshots/{id}")
    String show(@PathVariable("id") String id, Model model) {
        ScorecardSnapshot snapshot = parse(id).flatMap(snapshots::find)
                .filter(kept -> kept.laCode() == council.laCode())
                .orElseThrow(() -> new ScorecardNotFoundException("No kept scorecard " + id));
        model.addAttribute("section", "scorecard");
        model.addAttribute("snapshot", snapshot);
        return "scorecard/snapshot";
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }
}
