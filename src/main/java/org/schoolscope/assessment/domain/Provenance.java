package org.schoolscope.assessment.domain;

import java.util.Objects;
import org.schoolscope.shared.AcademicYear;

/** Where a fact came from: the academic year it describes and the file (or record) it was read from. */
public record Provenance(AcademicYear year, String source) {

    public Provenance {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return year + ", " + source;
    }
}
