package org.schoolscope.register;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A council's own districts, found from the parliamentary constituency the published files give for a school.
 * Spellings differ between files ("Birmingham, Edgbaston" in Ofsted's, "Birmingham Edgbaston" in DfE's), so
 * constituencies match ignoring case and punctuation.
 */
public interface Districts {

    /** The district the council maps the constituency to today. */
    Optional<District> districtOf(int laCode, String constituency);

    /** The district as the council's mapping stood on a date, so past years are reported as they were. */
    Optional<District> districtOf(int laCode, String constituency, LocalDate on);
}
