package org.schoolscope.improvement.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.ImprovementCaseNotFoundException;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A school's improvement timeline as JSON: every step of every year (or of one year), oldest first. */
@RestController
class TimelineApiController {

    private final ImprovementCycle cycle;

    TimelineApiController(ImprovementCycle cycle) {
        this.cycle = cycle;
    }

    /** The school's case in one year: where it stands and its steps. */
    public record YearTimeline(String academicYear, String status, String stage, String partner,
            List<Step> steps) {
    }

    /** One step: who, when, what, why, evidence and its details. */
    public record Step(long id, String step, String actor, Instant at, String what, String why, String evidence,
            Map<String, String> details) {
    }

    /** The school and its years, latest first. */
    public record Timeline(int urn, List<YearTimeline> years) {
    }

    @GetMapping("/api/v1/improvement/schools/{urn}/timeline")
    Timeline timeline(@PathVariable String urn, @RequestParam(required = false) String year,
            @Parameter(hidden = true) ViewerScope viewer) {
        Urn school;
        try {
            school = Urn.parse(urn);
        } catch (RuntimeException notAUrn) {
            throw new ImprovementCaseNotFoundException("'" + urn + "' is not a URN");
        }
        List<AcademicYear> years;
        if (year == null || year.isBlank()) {
            years = cycle.yearsOf(school, viewer);
        } else {
            try {
                years = List.of(AcademicYear.parse(year));
            } catch (RuntimeException notAYear) {
                throw new ImprovementCaseNotFoundException("'" + year + "' is not an academic year");
            }
        }
        List<YearTimeline> timelines = new ArrayList<>();
        for (AcademicYear academicYear : years) {
            ImprovementCase improvementCase = cycle.caseOf(school, academicYear, viewer);
            timelines.add(new YearTimeline(academicYear.toString(), improvementCase.status().name(),
                    improvementCase.stage(), improvementCase.partner().orElse(null), improvementCase.events()
                            .stream().map(event -> new Step(event.id(), event.type().name(), event.actor(),
                                    event.at(), event.what(), event.why(), event.evidence(), event.payload()))
                            .toList()));
        }
        if (years.isEmpty()) {
            cycle.caseOf(school, cycle.currentYear(), viewer);
        }
        return new Timeline(school.value(), timelines);
    }
}
