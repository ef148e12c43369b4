package org.schoolscope.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's numbers as at a date, over the state-funded schools open then that the viewer may see.
 *
 * @param overall every such school by its latest grade
 * @param byPhase, {@code byResponsibleBody}, {@code byDistrict} the same schools in groups; each list adds up to
 *     {@code overall}
 * @param notInspectedForFiveYears schools whose latest graded inspection started five years or more before the date,
 *     by that inspection's grade
 * @param concerns the latest assessment run's schools of concern, empty when no run had been made by the date
 */
public record CouncilPicture(LocalDate asAt, GradeCounts overall, List<SchoolGroup> byPhase,
        List<SchoolGroup> byResponsibleBody, List<SchoolGroup> byDistrict, GradeCounts notInspectedForFiveYears,
        InspectionChanges changes, Optional<ConcernCounts> concerns) {

    public CouncilPicture {
        byPhase = List.copyOf(byPhase);
        byResponsibleBody = List.copyOf(byResponsibleBody);
        byDistrict = List.copyOf(byDistrict);
    }
}
