package org.schoolscope.dashboard;

import org.schoolscope.shared.AcademicYear;

/**
 * The state-funded schools whose latest graded inspection by the date fell in the academic year containing it, by
 * how the overall grade moved from the graded inspection before (the school's own or its predecessor's).
 *
 * @param inspected schools whose latest graded inspection was in the year, up to the date
 * @param improved a better overall grade than before, {@code declined} a worse one, {@code unchanged} the same
 * @param noEarlierGrade no graded inspection before it on record
 * @param notComparable one of the two has no overall grade (inspections from September 2024)
 */
public record InspectionChanges(AcademicYear year, long inspected, long improved, long declined, long unchanged,
        long noEarlierGrade, long notComparable) {
}
