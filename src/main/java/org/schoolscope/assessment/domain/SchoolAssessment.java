package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

/**
 * One school's result: {@code category} is where the council places it; {@code assessedCategory} is what the rules
 * found, which differs only for a school the council notifies about (an academy's concern goes to the regional
 * director). {@code score} is the sum of the weights of the concerns that fired.
 */
public record SchoolAssessment(Urn urn, ResponsibleBody responsibleBody, String category, String assessedCategory,
        int score, List<FiredRule> firedRules, List<UncheckedRule> uncheckedRules) {

    public SchoolAssessment {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(assessedCategory, "assessedCategory");
        firedRules = List.copyOf(firedRules);
        uncheckedRules = List.copyOf(uncheckedRules);
    }

    public boolean fired(String ruleId) {
        return firedRules.stream().anyMatch(rule -> rule.ruleId().equals(ruleId));
    }
}
