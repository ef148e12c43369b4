package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;
import org.schoolscope.assessment.domain.CategoryChange;

/**
 * Two stored runs compared: every school that moved onto the list, off it or to another concern category, with its
 * name and the stored reasons of the rules that fired in one run and not the other.
 */
public record RunComparisonReport(AssessmentRun from, AssessmentRun to, List<ComparedSchool> schools) {

    public RunComparisonReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        schools = List.copyOf(schools);
    }

    /**
     * One school that moved, with the reasons (as stored with each run) of the rules that fired on one side only.
     * {@code otherInformation} says a rule that reads soft intelligence, withheld from this viewer, fired in either
     * run.
     */
    public record ComparedSchool(CategoryChange change, String name, List<AssessmentReason> reasonsOnlyBefore,
            List<AssessmentReason> reasonsOnlyAfter, boolean otherInformation) {

        public ComparedSchool {
            Objects.requireNonNull(change, "change");
            reasonsOnlyBefore = List.copyOf(reasonsOnlyBefore);
            reasonsOnlyAfter = List.copyOf(reasonsOnlyAfter);
        }
    }

    public List<ComparedSchool> movedIn() {
        return of(CategoryChange.Movement.MOVED_IN);
    }

    public List<ComparedSchool> movedOut() {
        return of(CategoryChange.Movement.MOVED_OUT);
    }

    public List<ComparedSchool> changedCategory() {
        return of(CategoryChange.Movement.CHANGED_CATEGORY);
    }

    private List<ComparedSchool> of(CategoryChange.Movement movement) {
        return schools.stream().filter(school -> school.change().movement() == movement).toList();
    }
}
