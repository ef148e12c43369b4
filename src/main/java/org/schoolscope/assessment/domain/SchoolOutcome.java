package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/** Where one run placed one school and which rules fired for it: all a comparison of two runs needs. */
public record SchoolOutcome(Urn urn, String category, List<String> firedRuleIds) {

    public SchoolOutcome {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
        firedRuleIds = List.copyOf(firedRuleIds);
    }

    public static SchoolOutcome of(Decision decision) {
        return new SchoolOutcome(decision.urn(), decision.category(), decision.firedRuleIds());
    }
}
