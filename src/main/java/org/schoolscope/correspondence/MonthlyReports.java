package org.schoolscope.correspondence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries.PublishedValue;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the monthly report to the commissioner for any month, from the runs, inspections and figures on record. */
@Service
public class MonthlyReports {

    static final String RWM_EXPECTED = "ks2.rwm_expected";
    static final String READING_PROGRESS = "ks2.reading_progress";
    static final String WRITING_PROGRESS = "ks2.writing_progress";
    static final String MATHS_PROGRESS = "ks2.maths_progress";
    static final String PROGRESS_8 = "ks4.progress8";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PriorityLists lists;
    private final AssessmentRuns runs;
    private final Inspections inspections;
    private final CorrespondenceQueries queries;
    private final CorrespondenceProperties standards;

    MonthlyReports(PriorityLists lists, AssessmentRuns runs, Inspections inspections, CorrespondenceQueries queries,
            CorrespondenceProperties standards) {
        this.lists = lists;
        this.runs = runs;
        this.inspections = inspections;
        this.queries = queries;
        this.standards = standards;
    }

    /**
     * The report over the schools the viewer may see (its roles see every school). It is a report to the
     * commissioner, so it never carries a reason from soft intelligence; it names categories only.
     */
    @Transactional(readOnly = true)
    public MonthlyReport report(LaCode laCode, YearMonth month, ViewerScope viewer) {
        ViewerScope published = viewer.withoutNotes();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // The register as it stood at the month's end: a school closed or succeeded by then is not counted.
        List<MaintainedSchool> schools = queries.maintainedSchools(laCode, last, published);
        Map<Urn, MaintainedSchool> byUrn = new java.util.HashMap<>();
        schools.forEach(school -> byUrn.put(school.urn(), school));

        Instant start = month.atDay(1).atStartOfDay(UK).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(UK).toInstant();
        Optional<PriorityList> previous = lists.latestBefore(laCode, start, published);
        Optional<PriorityList> current = lists.latestBefore(laCode, end, published);
        Map<Urn, Placement> before = listed(previous, published);
        Map<Urn, Placement> after = listed(current, published);
        List<MonthlyReport.ListChange> movedOn = new ArrayList<>();
        List<MonthlyReport.ListChange> movedOff = new ArrayList<>();
        after.forEach((urn, placement) -> {
            if (!before.containsKey(urn)) {
                movedOn.add(new MonthlyReport.ListChange(urn, nameOf(byUrn, urn, published), placement.category()));
            }
        });
        before.forEach((urn, placement) -> {
            if (!after.containsKey(urn)) {
                movedOff.add(new MonthlyReport.ListChange(urn, nameOf(byUrn, urn, published), placement.category()));
            }
        });
        Comparator<MonthlyReport.ListChange> byName = Comparator.comparing(MonthlyReport.ListChange::name)
                .thenComparing(change -> change.urn().value());
        movedOn.sort(byName);
        movedOff.sort(byName);

        List<MonthlyReport.InspectionOutcome> outcomes = new ArrayList<>();
        // Maintained at the month's start or its end: a school inspected, then converted, in the month is reported.
        java.util.Set<Urn> maintainedInMonth = new java.util.LinkedHashSet<>(byUrn.keySet());
        queries.maintainedSchools(laCode, first, published).forEach(school -> maintainedInMonth.add(school.urn()));
        inspections.between(maintainedInMonth, first, last).forEach((urn, inspected) -> {
            for (Inspection inspection : inspected) {
                outcomes.add(new MonthlyReport.InspectionOutcome(urn, nameOf(byUrn, urn, published),
                        inspection.facts().date(), inspection.isGraded(), inspection.headline()));
            }
        });
        outcomes.sort(Comparator.comparing(MonthlyReport.InspectionOutcome::date)
                .thenComparing(MonthlyReport.InspectionOutcome::name));

        int withGraded = 0;
        int good = 0;
        long pupilsInGood = 0;
        long pupils = 0;
        // The inspection module's one definition of the latest graded inspection, as at the month's end.
        Map<Urn, LatestInspection> latestGraded = inspections.latestGraded(byUrn.keySet(), AsAt.on(last));
        for (MaintainedSchool school : schools) {
            pupils += school.pupils() == null ? 0 : school.pupils();
            Optional<Inspection> latest = Optional.ofNullable(latestGraded.get(school.urn()))
                    .map(LatestInspection::inspection);
            if (latest.isPresent()) {
                withGraded++;
                if (goodOrBetter(latest.get())) {
                    good++;
                    pupilsInGood += school.pupils() == null ? 0 : school.pupils();
                }
            }
        }

        Map<Integer, Map<String, PublishedValue>> figures = queries.latestValues(
                schools.stream().map(school -> school.urn().value()).toList(),
                List.of(RWM_EXPECTED, READING_PROGRESS, WRITING_PROGRESS, MATHS_PROGRESS, PROGRESS_8), last);
        List<MonthlyReport.BelowStandard> primary = new ArrayList<>();
        List<MonthlyReport.BelowStandard> secondary = new ArrayList<>();
        for (MaintainedSchool school : schools) {
            Map<String, PublishedValue> values = figures.getOrDefault(school.urn().value(), Map.of());
            if (school.isPrimary()) {
                primaryBelow(values).ifPresent(evidence -> primary.add(new MonthlyReport.BelowStandard(school,
                        evidence)));
            } else if (school.isSecondary()) {
                PublishedValue progress8 = values.get(PROGRESS_8);
                if (below(progress8, standards.secondaryProgress8Below())) {
                    secondary.add(new MonthlyReport.BelowStandard(school,
                            List.of(describe("Progress 8", progress8, standards.secondaryProgress8Below()))));
                }
            }
        }
        return new MonthlyReport(month, previous.map(PriorityList::run).orElse(null),
                current.map(PriorityList::run).orElse(null), movedOn, movedOff, outcomes,
                new MonthlyReport.GoodOrBetter(schools.size(), withGraded, good, pupilsInGood, pupils), primary,
                secondary);
    }

    /**
     * Below the primary standard: reading, writing and maths at the expected standard below its threshold, and
     * progress in at least one subject below its threshold; a school without the attainment figure is not counted.
     */
    private Optional<List<String>> primaryBelow(Map<String, PublishedValue> values) {
        PublishedValue rwm = values.get(RWM_EXPECTED);
        if (!below(rwm, standards.primaryRwmExpectedBelow())) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(describe("Reading, writing and maths at the expected standard (%)", rwm,
                standards.primaryRwmExpectedBelow()));
        addIfBelow(evidence, "Reading progress", values.get(READING_PROGRESS),
                standards.primaryReadingProgressBelow());
        addIfBelow(evidence, "Writing progress", values.get(WRITING_PROGRESS),
                standards.primaryWritingProgressBelow());
        addIfBelow(evidence, "Maths progress", values.get(MATHS_PROGRESS), standards.primaryMathsProgressBelow());
        return evidence.size() > 1 ? Optional.of(evidence) : Optional.empty();
    }

    private static void addIfBelow(List<String> evidence, String label, PublishedValue value, BigDecimal threshold) {
        if (below(value, threshold)) {
            evidence.add(describe(label, value, threshold));
        }
    }

    private static boolean below(PublishedValue value, BigDecimal threshold) {
        return value != null && value.value().compareTo(threshold) < 0;
    }

    private static String describe(String label, PublishedValue value, BigDecimal threshold) {
        return label + " " + value.value().stripTrailingZeros().toPlainString() + ", below "
                + threshold.stripTrailingZeros().toPlainString() + " (" + value.academicYear() + ", "
                + value.sourceFile() + ")";
    }

    /** Maintained schools on the run's list, overrides respected. */
    private Map<Urn, Placement> listed(Optional<PriorityList> list, ViewerScope viewer) {
        Map<Urn, Placement> listed = new java.util.HashMap<>();
        list.ifPresent(priorityList -> {
            List<org.schoolscope.assessment.SchoolResult> results = runs.results(priorityList.run().id(), viewer);
            Placement.of(priorityList, results).forEach((urn, placement) -> {
                if (placement.priority() && placement.result()
                        .responsibleBody() == org.schoolscope.register.ResponsibleBody.LOCAL_AUTHORITY) {
                    listed.put(urn, placement);
                }
            });
        });
        return listed;
    }

    private String nameOf(Map<Urn, MaintainedSchool> schools, Urn urn, ViewerScope viewer) {
        MaintainedSchool school = schools.get(urn);
        if (school != null) {
            return school.name();
        }
        return queries.schoolNames(List.of(urn.value()), viewer).getOrDefault(urn.value(), "");
    }

    /** Good or better at a graded inspection of any era; see {@link MonthlyReport.GoodOrBetter}. */
    static boolean goodOrBetter(Inspection inspection) {
        return switch (inspection.framework()) {
            case SINGLE_GRADE -> !((SingleGradeInspection) inspection).overallEffectiveness().isBelowGood();
            case KEY_JUDGEMENTS -> {
                KeyJudgementsInspection judged = (KeyJudgementsInspection) inspection;
                yield judged.categoryOfConcern() == null
                        && judged.keyJudgements().values().stream().noneMatch(OverallEffectiveness::isBelowGood);
            }
            case REPORT_CARD -> {
                ReportCardInspection card = (ReportCardInspection) inspection;
                yield card.safeguarding() == Safeguarding.MET
                        && card.evaluations().values().stream().noneMatch(ReportCardGrade::isBelowExpected);
            }
            case UNGRADED -> false;
        };
    }

}
