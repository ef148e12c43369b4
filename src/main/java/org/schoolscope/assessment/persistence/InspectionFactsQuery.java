package org.schoolscope.assessment.persistence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.inspection.domain.CategoryOfConcern;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.inspection.domain.UngradedInspection;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * The Ofsted facts the rules read, for every school in scope, from the inspection module's one definition of the
 * latest graded inspection of any era ({@link Inspections#latestGraded}, a new academy's predecessor's where it has
 * none of its own) and of the latest ungraded inspection since it, as at the run's day within its imports.
 */
@Component
class InspectionFactsQuery {

    private final Inspections inspections;

    InspectionFactsQuery(Inspections inspections) {
        this.inspections = inspections;
    }

    /** Facts by URN; a school with no inspection on record has none. */
    Map<Integer, Map<String, FactValue>> find(SchoolScope scope) {
        Map<Integer, Map<String, FactValue>> facts = new HashMap<>();
        Map<Urn, LatestInspection> graded = inspections.latestGraded(scope.urns(), scope.asAt());
        Map<Urn, LatestInspection> ungraded = inspections.latestUngraded(scope.urns(), scope.asAt());
        graded.forEach((urn, latest) -> facts.put(urn.value(), gradedFacts(latest, scope.asOf())));
        addUngradedSignal(facts, graded, ungraded);
        return facts;
    }

    private static Map<String, FactValue> gradedFacts(LatestInspection latest, LocalDate today) {
        Inspection inspection = latest.inspection();
        LocalDate start = inspection.facts().date();
        Provenance provenance = provenance(latest, inspection.facts().startDate() == null
                ? "graded inspection ending" : "graded inspection starting");
        Map<String, FactValue> school = new HashMap<>();
        CategoryOfConcern category = null;
        Safeguarding safeguarding = null;
        if (inspection instanceof SingleGradeInspection single) {
                OverallEffectiveness overall = single.overallEffectiveness();
                school.put(StandardFacts.OVERALL_EFFECTIVENESS, FactValue.text(overall.label(), provenance));
                category = single.categoryOfConcern();
                safeguarding = single.safeguarding();
                if (category == null && overall.grade() < OverallEffectiveness.INADEQUATE.grade()) {
                    // Only an Inadequate school is placed in a category, so a better grade means none, which is
                    // known; left out, "Inadequate or in a category" could not be decided for every Good school.
                    school.put(StandardFacts.CATEGORY, FactValue.text(StandardFacts.NO_CATEGORY, provenance));
                }
        } else if (inspection instanceof KeyJudgementsInspection keyJudgements) {
                category = keyJudgements.categoryOfConcern();
                safeguarding = keyJudgements.safeguarding();
                keyJudgements.keyJudgements().values().stream()
                        .max(Comparator.comparingInt(OverallEffectiveness::grade))
                        .ifPresent(worst -> school.put(StandardFacts.LOWEST_KEY_JUDGEMENT,
                                FactValue.text(worst.label(), provenance)));
        } else if (inspection instanceof ReportCardInspection reportCard) {
                category = reportCard.categoryOfConcern();
                safeguarding = reportCard.safeguarding();
                // ReportCardGrade runs from Exceptional to Urgent improvement, so the worst is the last.
                reportCard.evaluations().values().stream().max(Comparator.<ReportCardGrade>naturalOrder())
                        .ifPresent(worst -> school.put(StandardFacts.LOWEST_AREA_GRADE,
                                FactValue.text(worst.label(), provenance)));
        } else {
            throw new IllegalStateException("The latest graded inspection of " + latest.school() + " is ungraded");
        }
        if (category != null) {
            school.put(StandardFacts.CATEGORY, FactValue.text(category.code(), provenance));
        }
        if (safeguarding != null) {
            school.put(StandardFacts.SAFEGUARDING, FactValue.text(words(safeguarding.name()), provenance));
        }
        school.put(StandardFacts.MONTHS_SINCE_GRADED, FactValue.number(ChronoUnit.MONTHS.between(start, today),
                provenance));
        return school;
    }

    /**
     * Whether the latest ungraded inspection since the latest graded one said the next will be graded ("S5 Next"
     * in its outcome, or converted to a graded inspection). A school inspected with no such signal since has the
     * answer "no", so the rule is decided rather than left unchecked.
     */
    private static void addUngradedSignal(Map<Integer, Map<String, FactValue>> facts,
            Map<Urn, LatestInspection> graded, Map<Urn, LatestInspection> ungraded) {
        ungraded.forEach((urn, latest) -> {
            UngradedInspection inspection = (UngradedInspection) latest.inspection();
            LocalDate gradedOn = Optional.ofNullable(graded.get(urn)).map(g -> g.inspection().facts().date())
                    .orElse(null);
            if (inspection.facts().startDate() != null
                    && (gradedOn == null || inspection.facts().startDate().isAfter(gradedOn))) {
                String outcome = inspection.outcome();
                boolean signalled = (outcome != null && outcome.contains("S5 Next"))
                        || Boolean.TRUE.equals(inspection.convertedToGraded());
                facts.computeIfAbsent(urn.value(), key -> new HashMap<>()).put(StandardFacts.UNGRADED_NEXT_GRADED,
                        FactValue.flag(signalled, provenance(latest, "ungraded inspection starting")));
            }
        });
        graded.keySet().forEach(urn -> {
            Map<String, FactValue> school = facts.get(urn.value());
            if (!school.containsKey(StandardFacts.UNGRADED_NEXT_GRADED)) {
                school.put(StandardFacts.UNGRADED_NEXT_GRADED,
                        FactValue.flag(false, school.get(StandardFacts.MONTHS_SINCE_GRADED).provenance()));
            }
        });
    }

    /**
     * Names the inspection ("graded inspection starting 2023-01-10"), so an explanation says which one it read, and
     * the predecessor it was recorded against where the school has none of its own.
     */
    private static Provenance provenance(LatestInspection latest, String inspectionDated) {
        LocalDate date = latest.inspection().facts().date();
        String predecessor = latest.isInherited() ? " (of the predecessor school, URN " + latest.inheritedFrom() + ")"
                : "";
        return new Provenance(AcademicYear.containing(date),
                "Ofsted " + inspectionDated + " " + date + predecessor + ", " + latest.sourceFile());
    }

    /** NOT_EFFECTIVE as the rulebook writes it: "Not effective". */
    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

}
