package org.schoolscope.register;

import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * A school as the register records it, for modules that list schools by name and group them by district: its URN,
 * name, council, phase, who answers for it and the council's district ({@code null} where the council maps none).
 */
public record RegisteredSchool(Urn urn, String name, int laCode, String phase, ResponsibleBody responsibleBody,
        District district) {

    public RegisteredSchool {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(responsibleBody, "responsibleBody");
    }

    /** The district's name, or the words a report groups unmapped schools under. */
    public String districtName() {
        return district == null ? NO_DISTRICT : district.name();
    }

    public static final String NO_DISTRICT = "No district recorded";
}
