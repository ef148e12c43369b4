package org.schoolscope.attendance.domain;

import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * A school attendance reports on, with the facts its figures are grouped by. A synthetic school (the synthetic
 * council's) carries "Synthetic" in its name wherever it is shown.
 */
public record AttendanceSchool(Urn urn, int laCode, String name, Phase phase, String district, boolean synthetic) {

    public AttendanceSchool {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(district, "district");
        if (synthetic != name.startsWith("Synthetic ")) {
            throw new IllegalArgumentException("A synthetic school, and only one, is named 'Synthetic ...': " + name);
        }
    }
}
