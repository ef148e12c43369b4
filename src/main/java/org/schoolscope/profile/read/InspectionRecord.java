package org.schoolscope.profile.read;

import java.time.LocalDate;
import java.util.List;

/** One Ofsted inspection of a school, with what its era records. */
public record InspectionRecord(long id, String inspectionNumber, boolean graded, InspectionFramework framework,
        String inspectionType, LocalDate startDate, LocalDate endDate, LocalDate publicationDate,
        Integer overallEffectiveness, String categoryOfConcern, String safeguarding, String ungradedOutcome,
        Boolean convertedToGraded, Integer urnAtInspection, String schoolNameAtInspection, String sourceFile,
        long importId, List<Judgement> judgements) {

    public InspectionRecord {
        judgements = List.copyOf(judgements);
    }
}
