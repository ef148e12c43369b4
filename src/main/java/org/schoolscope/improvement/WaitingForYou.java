package org.schoolscope.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.NoticeState;
import org.schoolscope.improvement.domain.Recommendation;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.improvement.persistence.BoardMeetingStore;
import org.schoolscope.improvement.persistence.ImprovementEventStore;
import org.schoolscope.improvement.persistence.SchoolDirectory;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the Director of Children's Services and for the advisory board (issue 12, item 5), read from each
 * school's case as it stands now (its latest year with steps, folded from the timeline, withdrawn steps left out),
 * among the schools the viewer may see ({@code viewer_schools()}, through {@link ViewerScope}). Longest waiting first.
 */
@Service
public class WaitingForYou {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Set<StepType> BRINGS_TO_BOARD = Set.of(StepType.PROPOSED, StepType.PUT_BACK_ON_PROPOSED_LIST,
            StepType.CARRY_FORWARD_REVIEWED, StepType.SELF_REPORTED, StepType.INSPECTION_IMPORTED,
            StepType.INSPECTION_ATTENDED);

    private final ImprovementEventStore events;
    private final BoardMeetingStore meetings;
    private final SchoolDirectory schools;
    private final Clock clock;

    WaitingForYou(ImprovementEventStore events, BoardMeetingStore meetings, SchoolDirectory schools, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.schools = schools;
        this.clock = clock;
    }

    /**
     * The Director's: a warning notice the board recommended, awaiting the Director's decision; and a removal from
     * the list the board recommended, not yet made, which the council reports to the Director (seed 004, Stage 3).
     */
    @Transactional(readOnly = true)
    public List<WaitingItem> forDirector(ViewerScope viewer) {
        List<Waiting> waiting = new ArrayList<>();
        for (ImprovementCase current : cases(viewer)) {
            if (current.notice() == NoticeState.RECOMMENDED) {
                latestRecommendation(current, Recommendation.WARNING_NOTICE).ifPresent(step -> waiting.add(
                        new Waiting(current, "The board recommended a warning notice: your decision is needed",
                                step)));
            }
            Optional<ImprovementEvent> last = current.lastRecommendation();
            if (current.status() == CaseStatus.LISTED && last.isPresent()
                    && Recommendation.REMOVE.name().equals(last.get().detail(Details.RECOMMENDATION))) {
                waiting.add(new Waiting(current, "The board recommended removal from the list: not yet removed",
                        last.get()));
            }
        }
        return items(waiting, viewer);
    }

    /**
     * The board's: every case the next board should review (newly proposed, self-reported or newly inspected), since
     * the first step that brought it to the board after its latest recommendation.
     */
    @Transactional(readOnly = true)
    public List<WaitingItem> forBoard(ViewerScope viewer) {
        List<Waiting> waiting = new ArrayList<>();
        for (ImprovementCase current : cases(viewer)) {
            if (!current.needsBoard()) {
                continue;
            }
            long after = current.lastRecommendation().map(ImprovementEvent::id).orElse(0L);
            counted(current).stream().filter(step -> step.id() > after && BRINGS_TO_BOARD.contains(step.type()))
                    .findFirst().ifPresent(step -> waiting.add(new Waiting(current, boardWording(step.type()), step)));
        }
        return items(waiting, viewer);
    }

    /** The next board meeting on or after today, in the academic year today falls in, if one is scheduled. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextBoardMeeting() {
        LocalDate today = LocalDate.now(clock);
        return meetings.forYear(AcademicYear.containing(today)).stream().map(BoardMeeting::date)
                .filter(date -> !date.isBefore(today)).findFirst();
    }

    private static String boardWording(StepType type) {
        return switch (type) {
            case SELF_REPORTED -> "The school reported itself vulnerable: to review";
            case INSPECTION_IMPORTED, INSPECTION_ATTENDED -> "A new Ofsted inspection: to review";
            default -> "Proposed for the list: to review";
        };
    }

    private List<ImprovementCase> cases(ViewerScope viewer) {
        List<ImprovementCase> cases = new ArrayList<>();
        events.latestYearOfEachSchool(viewer).forEach((urn, steps) -> cases.add(
                ImprovementCase.of(urn, steps.get(0).year(), steps, false)));
        return cases;
    }

    private static List<ImprovementEvent> counted(ImprovementCase current) {
        return current.events().stream().filter(step -> step.type() != StepType.STEP_WITHDRAWN)
                .filter(step -> !current.isWithdrawn(step)).toList();
    }

    private static Optional<ImprovementEvent> latestRecommendation(ImprovementCase current,
            Recommendation recommendation) {
        return counted(current).stream().filter(step -> step.type() == StepType.BOARD_RECOMMENDATION)
                .filter(step -> recommendation.name().equals(step.detail(Details.RECOMMENDATION)))
                .reduce((first, second) -> second);
    }

    private List<WaitingItem> items(List<Waiting> waiting, ViewerScope viewer) {
        Map<Urn, String> names = schools.names(waiting.stream().map(item -> item.current().urn()).toList(), viewer);
        LocalDate today = LocalDate.now(clock);
        return waiting.stream().map(item -> {
            LocalDate since = item.step().at().atZone(UK).toLocalDate();
            return new WaitingItem(item.current().urn(), names.get(item.current().urn()), item.current().year(),
                    item.what(), since, Math.max(0, ChronoUnit.DAYS.between(since, today)));
        }).sorted(Comparator.comparing(WaitingItem::since).thenComparing(WaitingItem::urn)).toList();
    }

    private record Waiting(ImprovementCase current, String what, ImprovementEvent step) {
    }
}
