package org.schoolscope.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.persistence.SoftIntelligenceStore;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soft intelligence about schools and schools' self-reports of vulnerability: recorded, listed and withdrawn, never
 * edited. Every read of notes and every change publishes a {@link SoftIntelligenceAudit} in its transaction, so the
 * audit log sees who read or changed what (never what a note says).
 */
@Service
public class SoftIntelligence {

    private final SoftIntelligenceStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SoftIntelligence(SoftIntelligenceStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The school's name; not found when the register does not know the URN. */
    @Transactional(readOnly = true)
    public String schoolName(Urn urn) {
        return store.schoolName(urn).orElseThrow(() -> new SoftIntelligenceNotFoundException(
                "No school with URN " + urn + " is in the register"));
    }

    /** Whether the viewer may read notes about the school, as the notes queries decide it. */
    @Transactional(readOnly = true)
    public boolean mayReadNotes(Urn urn, ViewerScope viewer) {
        return store.mayReadNotes(urn, viewer);
    }

    /**
     * Every note about the school the viewer may read, newest first, withdrawn ones included; the read is audited.
     * A viewer who may not read notes about the school gets none, and nothing is recorded.
     */
    @Transactional
    public List<SoftIntelligenceNote> notes(Urn urn, ViewerScope viewer) {
        schoolName(urn);
        if (!store.mayReadNotes(urn, viewer)) {
            return List.of();
        }
        List<SoftIntelligenceNote> notes = store.notes(urn, viewer);
        audit(viewer.username(), "read", SoftIntelligenceAudit.NOTE, urn.toString(),
                "read " + notes.size() + " soft-intelligence " + (notes.size() == 1 ? "note" : "notes")
                        + " about school " + urn);
        return notes;
    }

    /**
     * The notes the rules read today (not withdrawn, review date not passed) that the viewer may read; the read is
     * audited, as {@link #notes}.
     */
    @Transactional
    public List<SoftIntelligenceNote> standingNotes(Urn urn, ViewerScope viewer) {
        schoolName(urn);
        if (!store.mayReadNotes(urn, viewer)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<SoftIntelligenceNote> notes = store.notes(urn, viewer).stream().filter(note -> note.standsOn(today))
                .toList();
        audit(viewer.username(), "read", SoftIntelligenceAudit.NOTE, urn.toString(),
                "read " + notes.size() + " standing soft-intelligence " + (notes.size() == 1 ? "note" : "notes")
                        + " about school " + urn);
        return notes;
    }

    @Transactional
    public SoftIntelligenceNote record(Urn urn, NewSoftIntelligenceNote note, ViewerScope viewer) {
        String actor = viewer.username();
        schoolName(urn);
        long id = store.addNote(urn, note, actor, now());
        audit(actor, "create", SoftIntelligenceAudit.NOTE, Long.toString(id),
                "recorded soft-intelligence note " + id + " about school " + urn + (note.leadershipCrisis()
                        ? ", marked as a leadership crisis" : ""));
        return store.note(urn, id, viewer).orElseThrow();
    }

    /**
     * Records a note referred from another module's record (a casework case) by someone who may write it but not
     * read notes: it is recorded and audited as {@link #record} does, and nothing is read back to them.
     */
    @Transactional
    public long refer(Urn urn, NewSoftIntelligenceNote note, String actor) {
        schoolName(urn);
        long id = store.addNote(urn, note, actor, now());
        audit(actor, "create", SoftIntelligenceAudit.NOTE, Long.toString(id),
                "recorded soft-intelligence note " + id + " about school " + urn + " by referral"
                        + (note.leadershipCrisis() ? ", marked as a leadership crisis" : ""));
        return id;
    }

    /**
     * Withdraws a note with the reason; the note stays on record, marked withdrawn. False when it already was: the
     * first withdrawal stands.
     */
    @Transactional
    public boolean withdraw(Urn urn, long noteId, String reason, ViewerScope viewer) {
        String actor = viewer.username();
        SoftIntelligenceNote note = store.note(urn, noteId, viewer).orElseThrow(() -> new SoftIntelligenceNotFoundException(
                "No soft-intelligence note " + noteId + " about school " + urn + " is on record"));
        if (note.withdrawn()) {
            return false;
        }
        store.withdrawNote(noteId, TextLimits.checked("The reason", reason, TextLimits.FREE_TEXT), actor, now());
        audit(actor, "withdraw", SoftIntelligenceAudit.NOTE, Long.toString(noteId),
                "withdrew soft-intelligence note " + noteId + " about school " + urn);
        return true;
    }

    /** Every self-report of the school, newest first, withdrawn ones included, if the viewer may see the school. */
    @Transactional(readOnly = true)
    public List<SelfReport> selfReports(Urn urn, ViewerScope viewer) {
        schoolName(urn);
        return store.selfReports(urn, viewer);
    }

    @Transactional
    public SelfReport reportVulnerable(Urn urn, String reason, LocalDate reportedOn, String actor, String reportedAs) {
        schoolName(urn);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A self-report gives its reason");
        }
        TextLimits.checked("The reason", reason, TextLimits.FREE_TEXT);
        long id = store.addSelfReport(urn, reason, reportedOn, actor, reportedAs, now());
        audit(actor, "create", SoftIntelligenceAudit.SELF_REPORT, Long.toString(id),
                "recorded that school " + urn + " reports itself vulnerable");
        return store.selfReports(urn, ViewerScope.system()).stream().filter(report -> report.id() == id).findFirst()
                .orElseThrow();
    }

    /** Withdraws a self-report with the reason; false when it already was. */
    @Transactional
    public boolean withdrawSelfReport(Urn urn, long selfReportId, String reason, ViewerScope viewer) {
        String actor = viewer.username();
        SelfReport report = store.selfReports(urn, viewer).stream().filter(each -> each.id() == selfReportId).findFirst()
                .orElseThrow(() -> new SoftIntelligenceNotFoundException(
                        "No self-report " + selfReportId + " of school " + urn + " is on record"));
        if (report.withdrawn()) {
            return false;
        }
        store.withdrawSelfReport(selfReportId, TextLimits.checked("The reason", reason, TextLimits.FREE_TEXT), actor,
                now());
        audit(actor, "withdraw", SoftIntelligenceAudit.SELF_REPORT, Long.toString(selfReportId),
                "withdrew the self-report " + selfReportId + " of school " + urn);
        return true;
    }

    private void audit(String actor, String action, String recordType, String recordId, String detail) {
        events.publishEvent(new SoftIntelligenceAudit(actor, action, recordType, recordId, detail));
    }

    /** To the microsecond, as PostgreSQL stores it, so a note read back equals the note recorded. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
