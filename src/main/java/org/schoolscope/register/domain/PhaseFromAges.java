package org.schoolscope.register.domain;

import java.util.Optional;
import org.schoolscope.register.PhaseOfEducation;

/**
 * A phase inferred from a school's statutory ages where no file names one (the performance-tables spine gives ages
 * but no phase), by the ages at which children start and leave the phases: primary to 11, secondary from 11, sixth
 * form from 16. A school that takes children under 11 and keeps them past 16 is all-through; one that takes them
 * from under 11 to 12 or 13 is a middle school, deemed primary when most of its years are primary years (8 to 12) and secondary otherwise (9 to 13).
 */
public final class PhaseFromAges {

    private PhaseFromAges() {
    }

    public static Optional<PhaseOfEducation> infer(Integer lowAge, Integer highAge) {
        if (lowAge == null || highAge == null || highAge < lowAge) {
            return Optional.empty();
        }
        if (highAge <= 5) {
            return Optional.of(PhaseOfEducation.NURSERY);
        }
        if (lowAge < 11) {
            if (highAge <= 11) {
                return Optional.of(PhaseOfEducation.PRIMARY);
            }
            if (highAge >= 16) {
                return Optional.of(PhaseOfEducation.ALL_THROUGH);
            }
            return Optional.of(11 - lowAge > highAge - 11 ? PhaseOfEducation.MIDDLE_DEEMED_PRIMARY
                    : PhaseOfEducation.MIDDLE_DEEMED_SECONDARY);
        }
        return Optional.of(lowAge >= 16 ? PhaseOfEducation.SIXTEEN_PLUS : PhaseOfEducation.SECONDARY);
    }
}
