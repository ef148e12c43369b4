package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.schoolscope.shared.Urn;

/** The result of running one rulebook version over a set of schools. */
public record Assessment(String rulebookVersion, List<SchoolAssessment> schools) {

    public Assessment {
        schools = List.copyOf(schools);
    }

    public Optional<SchoolAssessment> school(Urn urn) {
        return schools.stream().filter(school -> school.urn().equals(urn)).findFirst();
    }
}
