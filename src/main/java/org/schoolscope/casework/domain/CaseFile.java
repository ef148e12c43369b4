package org.schoolscope.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.shared.Urn;

/**
 * A case as its record and timeline show it: what was received, when, how and about which schools, who raised it (as
 * the viewer may see), the targets it was logged with, and every step since. Its state (triage, assignment,
 * acknowledgement, response, closure) is derived from the steps, so the record of decisions cannot drift from them.
 */
public record CaseFile(long id, String reference, CaseKind kind, Channel channel, CaseCategory category,
        LocalDate receivedOn, String summary, int acknowledgeWithin, int respondWithin, List<Urn> schools,
        Party party, String loggedBy, Instant loggedAt, List<CaseEvent> events) {

    public CaseFile {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        schools = List.copyOf(schools);
        events = List.copyOf(events);
    }

    public Optional<CaseEvent> first(StepKind kind) {
        return events.stream().filter(event -> event.kind() == kind).findFirst();
    }

    public Optional<CaseEvent> latest(StepKind kind) {
        return events.stream().filter(event -> event.kind() == kind).reduce((one, other) -> other);
    }

    public boolean open() {
        return first(StepKind.CLOSED).isEmpty();
    }

    /** Open on the day: received by then and not closed by then. */
    public boolean openOn(LocalDate day) {
        LocalDate closed = closedOn();
        return !receivedOn.isAfter(day) && (closed == null || closed.isAfter(day));
    }

    public LocalDate acknowledgedOn() {
        return first(StepKind.ACKNOWLEDGED).map(CaseEvent::occurredOn).orElse(null);
    }

    public LocalDate respondedOn() {
        return first(StepKind.RESPONDED).map(CaseEvent::occurredOn).orElse(null);
    }

    public LocalDate closedOn() {
        return first(StepKind.CLOSED).map(CaseEvent::occurredOn).orElse(null);
    }

    public Optional<Priority> priority() {
        return latest(StepKind.TRIAGED).map(event -> Priority.valueOf(event.value()));
    }

    public Optional<String> assignedTo() {
        return latest(StepKind.ASSIGNED).map(CaseEvent::value);
    }

    public Optional<Outcome> outcome() {
        return first(StepKind.CLOSED).map(event -> Outcome.valueOf(event.value()));
    }

    public ResponseClock acknowledgement(LocalDate today, WorkingDays workingDays) {
        return ResponseClock.of(receivedOn, acknowledgeWithin, acknowledgedOn(), today, workingDays);
    }

    public ResponseClock response(LocalDate today, WorkingDays workingDays) {
        return ResponseClock.of(receivedOn, respondWithin, respondedOn(), today, workingDays);
    }

    /**
     * Why a step cannot be recorded now, as a message key, or empty when it can: nothing is added to a closed case,
     * a case is acknowledged, responded to and closed once each, and no step is dated before the case was received.
     */
    public Optional<String> refusal(StepKind step, LocalDate on) {
        if (!open()) {
            return Optional.of("casework.refused.closed");
        }
        if (on.isBefore(receivedOn)) {
            return Optional.of("casework.refused.beforeReceived");
        }
        if ((step == StepKind.ACKNOWLEDGED || step == StepKind.RESPONDED) && first(step).isPresent()) {
            return Optional.of("casework.refused.once");
        }
        return Optional.empty();
    }
}
