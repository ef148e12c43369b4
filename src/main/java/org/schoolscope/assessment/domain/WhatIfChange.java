package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;

/**
 * A school a draft rulebook would place in another category, with its score under each and the rules that would
 * fire only under the current rulebook or only under the draft, each with its evidence and explanation.
 */
public record WhatIfChange(CategoryChange change, int scoreBefore, int scoreAfter, List<FiredRule> firedOnlyBefore,
        List<FiredRule> firedOnlyAfter) {

    public WhatIfChange {
        Objects.requireNonNull(change, "change");
        firedOnlyBefore = List.copyOf(firedOnlyBefore);
        firedOnlyAfter = List.copyOf(firedOnlyAfter);
    }
}
