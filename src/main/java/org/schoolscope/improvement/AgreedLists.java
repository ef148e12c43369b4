package org.schoolscope.improvement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the year's list has been agreed and what it says about each school, read from the schools' timelines: the
 * Stage 1 letters tell each school what was agreed, never what the assessment proposed.
 */
@Service
public class AgreedLists {

    private final ImprovementCycle cycle;

    AgreedLists(ImprovementCycle cycle) {
        this.cycle = cycle;
    }

    /** The year's agreed list as the viewer may see it; empty until the council and the partner have agreed it. */
    @Transactional(readOnly = true)
    public Optional<AgreedList> agreed(AcademicYear year, ViewerScope viewer) {
        Map<Urn, AgreedList.Outcome> outcomes = new HashMap<>();
        ImprovementEvent latestAgreement = null;
        for (ImprovementCase improvementCase : cycle.cases(year, viewer)) {
            Optional<ImprovementEvent> agreement = improvementCase.events().stream()
                    .filter(event -> event.type() == StepType.LIST_AGREED).max(Comparator.comparing(ImprovementEvent::at));
            if (agreement.isPresent() && (latestAgreement == null
                    || agreement.get().at().isAfter(latestAgreement.at()))) {
                latestAgreement = agreement.get();
            }
            outcomeOf(improvementCase, agreement.isPresent())
                    .ifPresent(outcome -> outcomes.put(improvementCase.urn(), outcome));
        }
        if (latestAgreement == null) {
            return Optional.empty();
        }
        return Optional.of(new AgreedList(year, latestAgreement.at(),
                latestAgreement.detail(Details.PARTNER_AGREED_BY), outcomes));
    }

    /** A school agreed onto the list stays a priority in what it was told, even once it has later been removed. */
    private static Optional<AgreedList.Outcome> outcomeOf(ImprovementCase improvementCase, boolean agreedOnList) {
        if (agreedOnList) {
            return Optional.of(new AgreedList.Outcome(true, improvementCase.category(), Optional.empty()));
        }
        if (improvementCase.status() == CaseStatus.NOT_A_PRIORITY) {
            Optional<LocalDate> visited = improvementCase.notAPriorityAtVisitOn();
            return Optional.of(new AgreedList.Outcome(false, "", visited));
        }
        if (improvementCase.status() == CaseStatus.TAKEN_OFF) {
            return Optional.of(new AgreedList.Outcome(false, "", Optional.empty()));
        }
        return Optional.empty();
    }
}
