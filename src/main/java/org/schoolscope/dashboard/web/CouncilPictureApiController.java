package org.schoolscope.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.dashboard.ConcernCounts;
import org.schoolscope.dashboard.CouncilPicture;
import org.schoolscope.dashboard.CouncilPictures;
import org.schoolscope.dashboard.GradeCounts;
import org.schoolscope.dashboard.HeadlineOutcome;
import org.schoolscope.dashboard.HeadlineOutcomes;
import org.schoolscope.dashboard.InspectionChanges;
import org.schoolscope.dashboard.LatestGrade;
import org.schoolscope.dashboard.OutcomeYear;
import org.schoolscope.dashboard.SchoolGroup;
import org.schoolscope.web.CouncilProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard", description = "The council's picture on a date: Ofsted outcomes of its state-funded schools"
        + " by phase, responsible body and district, and the schools of concern, as the dashboard page shows them")
class CouncilPictureApiController {

    private final CouncilPictures pictures;
    private final HeadlineOutcomes outcomes;
    private final CouncilProperties council;
    private final Clock clock;

    CouncilPictureApiController(CouncilPictures pictures, HeadlineOutcomes outcomes, CouncilProperties council,
            Clock clock) {
        this.pictures = pictures;
        this.outcomes = outcomes;
        this.council = council;
        this.clock = clock;
    }

    /** Schools counted by their latest graded inspection's grade. */
    record Grades(long schools, long goodOrOutstanding, Long goodOrOutstandingPercent, Map<LatestGrade, Long> byGrade) {

        static Grades of(GradeCounts counts) {
            return new Grades(counts.schools(), counts.goodOrBetter(), counts.goodOrBetterPercent(), counts.byGrade());
        }
    }

    record Group(String name, long schools, long goodOrOutstanding, Long goodOrOutstandingPercent,
            Map<LatestGrade, Long> byGrade) {

        static List<Group> of(List<SchoolGroup> groups) {
            return groups.stream().map(group -> new Group(group.name(), group.grades().schools(),
                    group.grades().goodOrBetter(), group.grades().goodOrBetterPercent(), group.grades().byGrade()))
                    .toList();
        }
    }

    record Changes(String academicYear, long inspected, long improved, long declined, long unchanged,
            long noEarlierGrade, long notComparable) {

        static Changes of(InspectionChanges changes) {
            return new Changes(changes.year().toString(), changes.inspected(), changes.improved(), changes.declined(),
                    changes.unchanged(), changes.noEarlierGrade(), changes.notComparable());
        }
    }

    record Concerns(long runId, Instant runAt, LocalDate dataAsOf, long schools,
            List<ConcernCounts.CategoryCount> categories) {

        static Concerns of(ConcernCounts counts) {
            return new Concerns(counts.runId(), counts.runAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    counts.dataAsOf(), counts.schools(),
                    counts.categories());
        }
    }

    /**
     * One year of a headline outcome, as published (the averages computed from the councils' published values, each
     * counting once); null where no file on record gives it.
     */
    record OutcomeYearFigures(String period, BigDecimal council, BigDecimal england,
            BigDecimal statisticalNeighboursAverage, BigDecimal coreCitiesAverage) {
    }

    /** A headline outcome over the years on record, oldest first, and the latest year against England in words. */
    record Outcome(String measure, String title, String sourceMeasure, Boolean higherIsBetter, String latestPeriod,
            String againstEngland, List<OutcomeYearFigures> years) {

        static Outcome of(HeadlineOutcome outcome) {
            OutcomeYear latest = outcome.latest();
            return new Outcome(outcome.measure().slug(), outcome.measure().title(), outcome.measure().measureCode(),
                    outcome.higherIsBetter(), latest == null ? null : latest.period(), outcome.againstEngland(),
                    outcome.years().stream().map(year -> new OutcomeYearFigures(year.period(), year.council(),
                            year.england(), year.neighbours(), year.coreCities())).toList());
        }
    }

    /**
     * The dashboard's numbers; {@code concerns} is null when no assessment run had been made by the date. The headline
     * outcomes are the whole council's published figures, the same for every role.
     */
    record DashboardResponse(LocalDate asAt, boolean ownSchoolsOnly, Grades stateFunded, List<Group> byPhase,
            List<Group> byResponsibleBody, List<Group> byDistrict, Grades notInspectedForFiveYears,
            Changes latestInspectionsThisYear, Concerns concerns, List<Outcome> headlineOutcomes) {
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(summary = "The council's state-funded schools open on a date by their latest graded Ofsted grade:"
            + " overall, by phase, responsible body and district; those not inspected for five years or more; how"
            + " many improved and declined at a latest inspection in the academic year; and the schools of concern"
            + " by category from the latest assessment run. A partner or headteacher is counted over their own"
            + " schools only. Also the council's headline outcomes (DfE's published council-level series: early"
            + " years, key stage 2, GCSE, absence, exclusions, 16-17 NEET) for each year ended by the date, beside"
            + " England and the averages of its statistical neighbours and of the other core cities, the same for"
            + " every role")
    DashboardResponse dashboard(
            @Parameter(description = "The date to count on, e.g. 2023-08-31; today when left out")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @Parameter(hidden = true) ViewerScope viewer) {
        CouncilPicture picture = pictures.asAt(council.la(), asAt != null ? asAt : LocalDate.now(clock), viewer);
        return new DashboardResponse(picture.asAt(), !viewer.seesEverySchool(), Grades.of(picture.overall()),
                Group.of(picture.byPhase()), Group.of(picture.byResponsibleBody()), Group.of(picture.byDistrict()),
                Grades.of(picture.notInspectedForFiveYears()), Changes.of(picture.changes()),
                picture.concerns().map(Concerns::of).orElse(null),
                outcomes.forCouncil(council.la(), picture.asAt()).stream().map(Outcome::of).toList());
    }
}
