package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.Locale;

/** One line of a council's mapping: from this date, schools in this constituency belong to this district. */
public record DistrictAssignment(int laCode, String constituency, String district, String locality,
        LocalDate validFrom) {

    /**
     * The constituency as a key that ignores the ways files spell it: "Birmingham, Edgbaston" (Ofsted) and
     * "Birmingham Edgbaston" (DfE's 2023-24 files) are the same name.
     */
    public static String key(String constituency) {
        return constituency == null ? "" : constituency.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    public boolean samePlacementAs(DistrictAssignment other) {
        return other != null && district.equals(other.district)
                && java.util.Objects.equals(locality, other.locality);
    }
}
