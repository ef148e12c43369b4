package org.schoolscope.improvement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.schoolscope.improvement.domain.StepDates;
import org.schoolscope.improvement.domain.StepRefusedException;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.improvement.persistence.ImprovementEventStore;
import org.schoolscope.shared.AcademicYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a school off the proposed list, and putting it back, is for before the year's list is agreed (issue 12,
 * item 5). The school's own case says whether it is proposed or taken off; whether the list has been agreed is a fact
 * of the whole year, answered here. After the agreement the board recommends additions and removals instead.
 */
@Component
public class ProposedListChanges {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ImprovementEventStore events;

    ProposedListChanges(ImprovementEventStore events) {
        this.events = events;
    }

    /** When the year's list was agreed, if it has been. */
    @Transactional(readOnly = true)
    public Optional<Instant> listAgreedAt(AcademicYear year) {
        return events.listAgreedAt(year);
    }

    /** Refuses taking a school off the proposed list, or putting it back, once the year's list is agreed. */
    void check(StepType type, AcademicYear year) {
        if (type != StepType.TAKEN_OFF_PROPOSED_LIST && type != StepType.PUT_BACK_ON_PROPOSED_LIST) {
            return;
        }
        listAgreedAt(year).ifPresent(agreed -> {
            throw new StepRefusedException("The " + year + " list was agreed on "
                    + StepDates.words(agreed.atZone(UK).toLocalDate()) + ", so a school is no longer taken off the"
                    + " proposed list or put back on it: the advisory board recommends additions and removals now.");
        });
    }
}
