package org.schoolscope.returns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.domain.AnswerCheck;
import org.schoolscope.returns.domain.ChaseStep;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.NewDefinition;
import org.schoolscope.returns.domain.Results;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.SchoolStanding;
import org.schoolscope.returns.domain.Version;
import org.schoolscope.returns.persistence.AskedSchools;
import org.schoolscope.returns.persistence.ReturnStore;
import org.schoolscope.returns.persistence.VisibleSchools;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's returns: defining one, schools' drafts and submissions (every save a new version, a correction a
 * later submission with its reason), completeness, the chase list and its escalation, and results compared with the
 * earlier returns of the same kind. Due dates and "overdue" are read from the injected clock.
 */
@Service
public class Returns {

    /** How many earlier returns of the same kind the results compare with. */
    static final int RESULTS_COLUMNS = 6;

    private final ReturnStore store;
    private final AskedSchools schools;
    private final CouncilProperties council;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VisibleSchools visibleSchools;

    Returns(ReturnStore store, AskedSchools schools, CouncilProperties council, ApplicationEventPublisher events,
            Clock clock, VisibleSchools visibleSchools) {
        this.visibleSchools = visibleSchools;
        this.store = store;
        this.schools = schools;
        this.council = council;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Definition define(NewDefinition definition, String actor) {
        long id = store.addDefinition(definition, council.laCode(), actor, now());
        events.publishEvent(new ReturnsAudit(actor, "create", ReturnsAudit.RETURN, Long.toString(id),
                "set up the return '" + definition.title() + "', due " + definition.dueOn()));
        return store.definition(id).orElseThrow();
    }

    /** The council's returns, latest due first. */
    @Transactional(readOnly = true)
    public List<Definition> definitions() {
        return store.definitions(council.laCode());
    }

    @Transactional(readOnly = true)
    public Definition definition(long id) {
        return store.definition(id).filter(definition -> definition.laCode() == council.laCode())
                .orElseThrow(() -> new ReturnNotFoundException("No return " + id + " is on record"));
    }

    /** The schools the return asks today, by name. */
    @Transactional(readOnly = true)
    public List<RegisteredSchool> asked(Definition definition) {
        return schools.asked(definition, today());
    }

    @Transactional(readOnly = true)
    public Completeness completeness(long id) {
        Definition definition = definition(id);
        return Completeness.of(definition, asked(definition), store.standings(id, now()), store.chases(id), today(),
                clock.getZone());
    }

    /** The school's return with every version; not found when the return does not ask the school. */
    @Transactional(readOnly = true)
    public SchoolReturn schoolReturn(long id, Urn urn) {
        Definition definition = definition(id);
        RegisteredSchool school = schools.asked(definition, urn, today()).orElseThrow(
                () -> new ReturnNotFoundException("Return " + id + " does not ask school " + urn));
        return new SchoolReturn(definition, school, store.versions(id, urn));
    }

    /**
     * Saves the school's answers as a new version, a draft or a submission. Answers of the wrong kind are refused
     * (and, on submission, unanswered required questions); once submitted, a return changes only by a correction,
     * a submission with its reason. A return the council completes cannot be saved by the school's headteacher.
     */
    @Transactional
    public SaveOutcome save(long id, Urn urn, Map<String, String> answers, boolean submit, String reason,
            String actor, String role) {
        SchoolReturn current = schoolReturn(id, urn);
        Definition definition = current.definition();
        if (definition.completedBy() == CompletedBy.COUNCIL && "HEADTEACHER".equals(role)) {
            throw new ReturnNotFoundException("Return " + id + " is completed by the council, not the school");
        }
        AnswerCheck.Checked checked = AnswerCheck.check(definition.questions(), answers, submit);
        boolean correction = current.submitted();
        boolean reasonMissing = correction && submit && (reason == null || reason.isBlank());
        boolean draftAfterSubmission = correction && !submit;
        if (!checked.problems().isEmpty() || reasonMissing || draftAfterSubmission) {
            return new SaveOutcome(null, checked.problems(), reasonMissing, draftAfterSubmission);
        }
        int version = store.addVersion(id, urn, submit ? Version.Status.SUBMITTED : Version.Status.DRAFT,
                correction ? reason.strip() : "", actor, role, now(), checked.answers());
        String what = !submit ? "saved a draft of" : correction ? "submitted a correction to" : "submitted";
        events.publishEvent(new ReturnsAudit(actor, submit ? "submit" : "save", ReturnsAudit.SCHOOL_RETURN,
                id + "/" + urn, what + " the return '" + definition.title() + "' for school " + urn + " (version "
                        + version + ")"));
        return new SaveOutcome(version, List.of(), false, false);
    }

    /** The returns asked of the schools the signed-in viewer may see (a headteacher's own), latest due first, with where each stands. */
    @Transactional(readOnly = true)
    public List<SchoolReturnSummary> forViewer() {
        List<SchoolReturnSummary> summaries = new ArrayList<>();
        for (Definition definition : definitions()) {
            List<RegisteredSchool> all = asked(definition);
            Set<Urn> visible = visibleSchools.among(all.stream().map(RegisteredSchool::urn).toList());
            List<RegisteredSchool> asked = all.stream().filter(school -> visible.contains(school.urn())).toList();
            if (asked.isEmpty()) {
                continue;
            }
            Map<Urn, SchoolStanding> standings = store.standings(definition.id(), now());
            Completeness completeness = Completeness.of(definition, asked, standings, Map.of(), today(),
                    clock.getZone());
            for (int i = 0; i < asked.size(); i++) {
                Completeness.Row row = completeness.schools().get(i);
                summaries.add(new SchoolReturnSummary(definition, asked.get(i), row.standing(), row.overdue()));
            }
        }
        return summaries;
    }

    /** Records an escalation step for a school the return asks. */
    @Transactional
    public void chase(long id, Urn urn, ChaseStep step, String note, String actor) {
        SchoolReturn current = schoolReturn(id, urn);
        store.addChase(id, urn, step, note == null ? "" : note.strip(), actor, now());
        events.publishEvent(new ReturnsAudit(actor, "chase", ReturnsAudit.SCHOOL_RETURN, id + "/" + urn,
                "recorded the escalation step " + step + " for school " + urn + " and the return '"
                        + current.definition().title() + "'"));
    }

    /** This return's results beside those of up to five earlier returns of the same kind. */
    @Transactional(readOnly = true)
    public Results results(long id) {
        Definition definition = definition(id);
        List<Definition> series = store.ofKind(council.laCode(), definition.kind(), now()).stream()
                .filter(each -> !each.dueOn().isAfter(definition.dueOn())).toList();
        if (definition.kind() == ReturnKind.OTHER) {
            series = List.of(definition);
        }
        series = series.subList(Math.max(0, series.size() - RESULTS_COLUMNS), series.size());
        Map<Long, Collection<Map<String, String>>> answers = new LinkedHashMap<>();
        Map<Long, Integer> asked = new HashMap<>();
        for (Definition each : series) {
            List<Urn> askedNow = asked(each).stream().map(RegisteredSchool::urn).toList();
            asked.put(each.id(), askedNow.size());
            answers.put(each.id(), store.standings(each.id(), now()).entrySet().stream()
                    .filter(entry -> entry.getValue().submitted() && askedNow.contains(entry.getKey()))
                    .map(entry -> entry.getValue().submittedAnswers()).toList());
        }
        return Results.of(series, answers, asked);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
