package org.schoolscope.assessment.domain;

import java.util.Map;
import java.util.Objects;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

/**
 * Everything the rules may know about one school: who answers for it, its phase and council (for per-phase and
 * per-council thresholds), and its facts by name. A fact absent from the map is not available.
 */
public record SchoolFactSheet(Urn urn, ResponsibleBody responsibleBody, String phase, int laCode,
        Map<String, FactValue> facts) {

    public SchoolFactSheet {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(responsibleBody, "responsibleBody");
        Objects.requireNonNull(phase, "phase");
        facts = Map.copyOf(facts);
    }
}
