package org.schoolscope.inspection.domain;

import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/**
 * What every inspection has, whatever the era.
 *
 * @param urn the school the inspection is recorded against (its current URN in the file that reported it)
 * @param inspectionNumber Ofsted's number, or null where the source does not publish one (DfE's performance tables)
 * @param urnAtInspection the URN the school had when inspected: a predecessor's before an academy conversion
 */
public record InspectionFacts(Urn urn, String inspectionNumber, String inspectionType, LocalDate startDate,
        LocalDate endDate, LocalDate publicationDate, Urn urnAtInspection, String schoolNameAtInspection) {

    public InspectionFacts {
        if (urn == null) {
            throw new IllegalArgumentException("An inspection needs the school's URN");
        }
        if (startDate == null && endDate == null) {
            throw new IllegalArgumentException("An inspection of " + urn + " needs a date");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An inspection of " + urn + " cannot end (" + endDate
                    + ") before it starts (" + startDate + ")");
        }
        if (inspectionNumber != null && inspectionNumber.isBlank()) {
            inspectionNumber = null;
        }
        if (urnAtInspection == null) {
            urnAtInspection = urn;
        }
    }

    /** The date the inspection is known by: its first day, or the only day a source gives. */
    public LocalDate date() {
        return startDate != null ? startDate : endDate;
    }

    /** True when the inspection was of a predecessor school, such as the maintained school before conversion. */
    public boolean wasOfAPredecessor() {
        return !urnAtInspection.equals(urn);
    }
}
