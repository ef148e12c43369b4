package org.schoolscope.inspection.domain;

import java.time.LocalDate;

/**
 * Identifies one inspection of one school across files. Ofsted's inspection number when published; otherwise the
 * kind and date, which is all DfE's performance-table file gives. The kind is part of the key because an ungraded
 * inspection that converts to a graded one keeps the same number in Ofsted's files.
 */
public record InspectionKey(String value) {

    public InspectionKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An inspection key cannot be blank");
        }
    }

    public static InspectionKey of(boolean graded, String inspectionNumber, LocalDate date) {
        String kind = graded ? "GRADED" : "UNGRADED";
        return new InspectionKey(inspectionNumber != null ? kind + ":" + inspectionNumber : kind + "@" + date);
    }

    public boolean isByDate() {
        return value.contains("@");
    }

    @Override
    public String toString() {
        return value;
    }
}
