package org.schoolscope.profile.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything recorded about one school: register facts, links, inspections and figures with benchmarks. */
public record SchoolDetailResponse(int urn, Integer laestab, Integer laCode, String laName, String name,
        String establishmentType, String typeGroup, String phase, String status, LocalDate openDate,
        LocalDate closeDate, Integer statutoryLowAge, Integer statutoryHighAge, Integer numberOfPupils,
        String responsibleBody, String trustName, String federationName, String constituency, String district,
        List<LinkedSchool> links, List<Inspection> inspections, List<MeasureFigures> measures) {

    public record LinkedSchool(int urn, String name, String linkType, LocalDate establishedOn) {
    }

    public record Inspection(long id, String inspectionNumber, boolean graded, String framework,
            String inspectionType, LocalDate startDate, LocalDate endDate, LocalDate publicationDate,
            Integer overallEffectiveness, String categoryOfConcern, String safeguarding, String ungradedOutcome,
            Boolean convertedToGraded, String outcomeText, List<Judgement> judgements, String sourceFile,
            long importId) {
    }

    public record Judgement(String area, String grade, String areaText, String gradeText) {
    }

    /** The school's latest figure for a measure and the LA and England figures for the same year and stage. */
    public record MeasureFigures(String code, String label, String unit, String topic, Boolean higherIsBetter,
            String academicYear, String releaseStage, Figure school, Figure localAuthority, Figure england) {
    }

    /**
     * A published figure: value or text, or unavailable with the published reason; never a made-up zero. A benchmark's
     * breakdown names the group it covers ("State-funded primary"); empty means all schools.
     */
    public record Figure(BigDecimal value, String textValue, String unavailable, String rawValue, String breakdown,
            String sourceFile, long importId) {
    }
}
