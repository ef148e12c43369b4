package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

/**
 * Where the rules place one school, without the evidence: cheap enough to compute for every school in England on
 * each what-if, so that two rulebooks can be compared and only the schools that move need explaining.
 */
public record Decision(Urn urn, ResponsibleBody responsibleBody, String category, String assessedCategory, int score,
        List<String> firedRuleIds) {

    public Decision {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(assessedCategory, "assessedCategory");
        firedRuleIds = List.copyOf(firedRuleIds);
    }
}
