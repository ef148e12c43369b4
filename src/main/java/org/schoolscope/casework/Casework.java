package org.schoolscope.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.assessment.NewSoftIntelligenceNote;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseFile;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.domain.CaseworkReport;
import org.schoolscope.casework.domain.StepKind;
import org.schoolscope.casework.domain.WorkingDays;
import org.schoolscope.casework.persistence.CaseStore;
import org.schoolscope.casework.persistence.CaseworkSchools;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and whistleblowing: logging a case, reading it (who raised it only for case workers, decided by the
 * query), recording its steps, referring it to soft intelligence, and the reports. Every read and change publishes a
 * {@link CaseworkAudit} in its transaction. Response clocks are counted from the injected clock's day.
 */
@Service
public class Casework {

    private final CaseStore store;
    private final CaseworkSchools schools;
    private final SoftIntelligence softIntelligence;
    private final CaseworkProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Casework(CaseStore store, CaseworkSchools schools, SoftIntelligence softIntelligence,
            CaseworkProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.schools = schools;
        this.softIntelligence = softIntelligence;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Logs a case with the council's targets as they stand today; every school must be in the register. */
    @Transactional
    public CaseFile log(NewCase concern, String actor) {
        Map<Urn, RegisteredSchool> known = schools.find(concern.schools(), today());
        Set<Urn> unknown = new HashSet<>(concern.schools());
        unknown.removeAll(known.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Not in the register: " + unknown);
        }
        if (concern.receivedOn().isAfter(today())) {
            throw new IllegalArgumentException("A case is received today or earlier");
        }
        long id = store.add(concern.kind(), concern.channel(), concern.category(), concern.receivedOn(),
                concern.summary(), properties.acknowledgeWithin(), properties.respondWithin(), concern.schools(),
                concern.anonymous(), concern.name(), concern.contact(), concern.relationship(), actor, now());
        String reference = store.reference(id);
        events.publishEvent(new CaseworkAudit(actor, "create", CaseworkAudit.CASE, reference, "logged "
                + (concern.kind() == CaseKind.WHISTLEBLOWING ? "whistleblowing case " : "complaint ") + reference
                + " about " + concern.schools().size() + " schools"));
        return store.find(id, Set.of(Role.CASE_WORKER)).orElseThrow();
    }

    /** The case as the viewer may see it; the read is audited, and a read of who raised it says so. */
    @Transactional
    public CaseFile read(long id, Set<Role> viewer, String actor) {
        CaseFile file = store.find(id, viewer)
                .orElseThrow(() -> new CaseNotFoundException("No case " + id + " is on record"));
        boolean identity = viewer.contains(Role.CASE_WORKER);
        events.publishEvent(new CaseworkAudit(actor, "read", identity ? CaseworkAudit.IDENTITY : CaseworkAudit.CASE,
                file.reference(), identity ? "read case " + file.reference() + " with the identity of who raised it"
                        : "read case " + file.reference() + ", identity protected"));
        return file;
    }

    /** Every case the viewer may see, most recent first; the read is audited. */
    @Transactional
    public List<CaseFile> list(Set<Role> viewer, String actor) {
        List<CaseFile> files = store.all(viewer);
        events.publishEvent(new CaseworkAudit(actor, "read", viewer.contains(Role.CASE_WORKER)
                ? CaseworkAudit.IDENTITY : CaseworkAudit.CASE, "list", "read the list of " + files.size()
                        + " cases" + (viewer.contains(Role.CASE_WORKER) ? " with who raised them" : "")));
        return files;
    }

    /**
     * Records a step on the case. Refused with the reason when the case is closed, the step is dated before the case
     * was received or after today, or an acknowledgement or response is recorded twice.
     */
    @Transactional
    public void record(long id, StepKind step, LocalDate on, String detail, String value, String actor) {
        if (step == StepKind.REFERRED_SOFT_INTELLIGENCE) {
            throw new IllegalArgumentException("Refer to soft intelligence with referToSoftIntelligence");
        }
        CaseFile file = check(id, step, on);
        store.addEvent(id, step, on, detail, value, actor, now());
        events.publishEvent(new CaseworkAudit(actor, "update", CaseworkAudit.CASE, file.reference(), "recorded "
                + step.name().toLowerCase().replace('_', ' ') + " on case " + file.reference()));
    }

    /**
     * Refers the case to soft intelligence: a note about each school it concerns, in the case worker's words (which
     * must not name who raised it), marked highly sensitive for whistleblowing, for review in six months.
     */
    @Transactional
    public void referToSoftIntelligence(long id, LocalDate on, String note, boolean leadershipCrisis, String actor) {
        CaseFile file = check(id, StepKind.REFERRED_SOFT_INTELLIGENCE, on);
        if (file.schools().isEmpty()) {
            throw new CaseStepRefusedException("casework.refused.noSchool");
        }
        for (Urn urn : file.schools()) {
            softIntelligence.refer(urn, new NewSoftIntelligenceNote(topic(file.category()), note.strip(),
                    "Casework case " + file.reference(), file.kind() == CaseKind.WHISTLEBLOWING
                            ? NoteSensitivity.HIGHLY_SENSITIVE : NoteSensitivity.SENSITIVE,
                    on, on.plusMonths(6), leadershipCrisis), actor);
        }
        store.addEvent(id, StepKind.REFERRED_SOFT_INTELLIGENCE, on, "", leadershipCrisis ? "LEADERSHIP_CRISIS" : "",
                actor, now());
        events.publishEvent(new CaseworkAudit(actor, "refer", CaseworkAudit.CASE, file.reference(),
                "referred case " + file.reference() + " to soft intelligence for " + file.schools().size()
                        + " schools"));
    }

    /** The report for a period (seed 000 section 5.3's measures), by category and district. */
    @Transactional(readOnly = true)
    public CaseworkReport report(LocalDate from, LocalDate to) {
        List<CaseFile> files = store.forCounts();
        Set<Urn> urns = new HashSet<>();
        files.forEach(file -> urns.addAll(file.schools()));
        Map<Urn, String> districts = new HashMap<>();
        schools.find(urns, to).forEach((urn, school) -> districts.put(urn, school.districtName()));
        return CaseworkReport.of(files, districts, from, to, workingDays());
    }

    /** The schools' names and districts, for pages. */
    @Transactional(readOnly = true)
    public Map<Urn, RegisteredSchool> schools(Set<Urn> urns) {
        return schools.find(urns, today());
    }

    public WorkingDays workingDays() {
        return new WorkingDays(Set.copyOf(properties.bankHolidays()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CaseFile check(long id, StepKind step, LocalDate on) {
        CaseFile file = store.forCheck(id)
                .orElseThrow(() -> new CaseNotFoundException("No case " + id + " is on record"));
        if (on.isAfter(today())) {
            throw new CaseStepRefusedException("casework.refused.future");
        }
        file.refusal(step, on).ifPresent(reason -> {
            throw new CaseStepRefusedException(reason);
        });
        return file;
    }

    private static SoftIntelligenceTopic topic(CaseCategory category) {
        return switch (category) {
            case GOVERNANCE -> SoftIntelligenceTopic.GOVERNANCE;
            case LEADERSHIP -> SoftIntelligenceTopic.LEADERSHIP_AND_MANAGEMENT;
            case SAFEGUARDING -> SoftIntelligenceTopic.SAFEGUARDING;
            case FINANCE -> SoftIntelligenceTopic.FINANCE;
            case OTHER -> SoftIntelligenceTopic.COMPLAINTS;
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
