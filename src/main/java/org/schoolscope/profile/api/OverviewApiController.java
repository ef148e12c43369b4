package org.schoolscope.profile.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.persistence.OverviewQuery;
import org.schoolscope.profile.read.Overview;
import org.schoolscope.web.CouncilProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "The council's schools on a date, as the home page counts them")
class OverviewApiController {

    private final OverviewQuery overview;
    private final CouncilProperties council;
    private final Clock clock;

    OverviewApiController(OverviewQuery overview, CouncilProperties council, Clock clock) {
        this.overview = overview;
        this.council = council;
        this.clock = clock;
    }

    /** The counts a viewer may read; the latest imports are the home page's, not part of this answer. */
    record OverviewResponse(LocalDate asAt, long openSchools, long stateFunded, long maintained, long academies,
            long otherSchools, long goodOrOutstanding, Long goodOrOutstandingPercent) {
    }

    @GetMapping("/api/v1/overview")
    @Operation(summary = "The council's open schools on a date by set, and how many state-funded ones were Good or"
            + " Outstanding at their latest graded inspection then")
    OverviewResponse overview(
            @Parameter(description = "The date to count on, e.g. 2023-08-31; today when left out")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @Parameter(hidden = true) ViewerScope viewer) {
        Overview counts = overview.overview(council.la(), asAt != null ? asAt : LocalDate.now(clock), viewer);
        return new OverviewResponse(counts.asAt(), counts.openCouncilSchools(), counts.stateFunded(),
                counts.openCouncilMaintained(), counts.openCouncilTrust(), counts.openCouncilOther(),
                counts.goodOrBetter(), counts.goodOrBetterPercent());
    }
}
