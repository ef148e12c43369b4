package org.schoolscope.correspondence;

import org.schoolscope.shared.Urn;

/** An open maintained school of the council as the register holds it now. {@code pupils} is null when unknown. */
public record MaintainedSchool(Urn urn, String name, String phase, String establishmentType, Integer pupils) {

    /** Primary, middle deemed primary and all-through schools count as primary; secondary and middle deemed secondary as secondary. */
    public boolean isPrimary() {
        return phase != null && (phase.equalsIgnoreCase("Primary") || phase.equalsIgnoreCase("Middle deemed primary"));
    }

    public boolean isSecondary() {
        return phase != null
                && (phase.equalsIgnoreCase("Secondary") || phase.equalsIgnoreCase("Middle deemed secondary"));
    }
}
