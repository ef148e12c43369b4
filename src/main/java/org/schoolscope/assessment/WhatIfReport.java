package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;
import org.schoolscope.assessment.domain.CategoryChange;
import org.schoolscope.assessment.domain.WhatIfChange;

/**
 * What a draft rulebook would change against the latest version, on the facts of the council's latest run: the
 * schools that would change category, with their names, and why. Computed in memory; nothing is stored.
 */
public record WhatIfReport(RulebookVersion base, AssessmentRun run, int schoolsAssessed, List<MovingSchool> schools) {

    public WhatIfReport {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(run, "run");
        schools = List.copyOf(schools);
    }

    public record MovingSchool(WhatIfChange change, String name) {

        public MovingSchool {
            Objects.requireNonNull(change, "change");
        }
    }

    public List<MovingSchool> movedIn() {
        return of(CategoryChange.Movement.MOVED_IN);
    }

    public List<MovingSchool> movedOut() {
        return of(CategoryChange.Movement.MOVED_OUT);
    }

    public List<MovingSchool> changedCategory() {
        return of(CategoryChange.Movement.CHANGED_CATEGORY);
    }

    private List<MovingSchool> of(CategoryChange.Movement movement) {
        return schools.stream().filter(school -> school.change().change().movement() == movement).toList();
    }
}
