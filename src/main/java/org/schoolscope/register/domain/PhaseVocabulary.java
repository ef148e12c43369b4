package org.schoolscope.register.domain;

import static org.schoolscope.register.PhaseOfEducation.ALL_THROUGH;
import static org.schoolscope.register.PhaseOfEducation.MIDDLE_DEEMED_PRIMARY;
import static org.schoolscope.register.PhaseOfEducation.MIDDLE_DEEMED_SECONDARY;
import static org.schoolscope.register.PhaseOfEducation.NOT_APPLICABLE;
import static org.schoolscope.register.PhaseOfEducation.NURSERY;
import static org.schoolscope.register.PhaseOfEducation.PRIMARY;
import static org.schoolscope.register.PhaseOfEducation.SECONDARY;
import static org.schoolscope.register.PhaseOfEducation.SIXTEEN_PLUS;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.register.PhaseOfEducation;

/**
 * Reads the phase words of the published files into GIAS's phases of education. GIAS gives special schools and
 * pupil referral units no phase of their own ("Not applicable"), so Ofsted's phases "Special" and "PRU" and the
 * census's special and alternative provision types read as that. The census's SCHOOLTYPE names a phase for
 * mainstream schools ("State-funded primary").
 */
public final class PhaseVocabulary {

    private static final Map<String, PhaseOfEducation> PHASES = new HashMap<>();

    static {
        for (PhaseOfEducation phase : PhaseOfEducation.values()) {
            PHASES.put(TypeVocabulary.key(phase.giasName()), phase);
        }
        phases(ALL_THROUGH, "All through");
        phases(SIXTEEN_PLUS, "16 plus", "Sixteen plus", "16-19");
        phases(MIDDLE_DEEMED_PRIMARY, "Middle deemed primary");
        phases(MIDDLE_DEEMED_SECONDARY, "Middle deemed secondary");
        // Ofsted's "Ofsted phase".
        phases(NOT_APPLICABLE, "Special", "PRU", "Alternative provision");
        // The school census's SCHOOLTYPE.
        phases(PRIMARY, "State-funded primary");
        phases(SECONDARY, "State-funded secondary");
        phases(NURSERY, "State-funded nursery");
        phases(NOT_APPLICABLE, "State-funded special school", "State-funded AP school", "Pupil referral unit",
                "Non-maintained special school");
    }

    private PhaseVocabulary() {
    }

    public static Optional<PhaseOfEducation> read(String published) {
        return published == null || published.isBlank() ? Optional.empty()
                : Optional.ofNullable(PHASES.get(TypeVocabulary.key(published)));
    }

    private static void phases(PhaseOfEducation phase, String... spellings) {
        for (String spelling : spellings) {
            PhaseOfEducation before = PHASES.put(TypeVocabulary.key(spelling), phase);
            if (before != null && before != phase) {
                throw new IllegalStateException(spelling + " is spelt for both " + before + " and " + phase);
            }
        }
    }
}
