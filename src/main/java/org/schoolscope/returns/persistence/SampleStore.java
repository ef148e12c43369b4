package org.schoolscope.returns.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.returns.domain.FullAudit;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.Sample;
import org.schoolscope.returns.domain.SampleDraw;
import org.schoolscope.returns.domain.SampleSchool;
import org.schoolscope.returns.domain.Visit;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Validation samples with their population, visits and full audits, append-only. */
@Repository
public class SampleStore {

    private final JdbcClient jdbc;

    SampleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addSample(long definitionId, SampleDraw.Rules rules, long seed, SampleDraw.Outcome outcome,
            String concernSource, String actor, Instant at) {
        long id = jdbc.sql("""
                insert into validation_sample (definition_id, share_percent, seed, method, include_schools_of_concern,
                    include_non_returners, exclude_previous_year, concern_source, drawn_by, drawn_at)
                values (:definition, :share, :seed, :method, :concern, :nonReturners, :previous, :source, :actor, :at)
                returning id""")
                .param("definition", definitionId).param("share", rules.sharePercent()).param("seed", seed)
                .param("method", outcome.method()).param("concern", rules.includeSchoolsOfConcern())
                .param("nonReturners", rules.includeNonReturners()).param("previous", rules.excludePreviousYear())
                .param("source", concernSource).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
        for (Map.Entry<Urn, SampleDraw.Status> school : outcome.statuses().entrySet()) {
            jdbc.sql("""
                    insert into validation_sample_school (sample_id, urn, status, draw_number)
                    values (:sample, :urn, :status, :number)""")
                    .param("sample", id).param("urn", school.getKey().value())
                    .param("status", school.getValue().name())
                    .param("number", outcome.drawNumbers().get(school.getKey())).update();
        }
        return id;
    }

    public Optional<Sample> sampleFor(long definitionId) {
        return jdbc.sql("select id from validation_sample where definition_id = :definition")
                .param("definition", definitionId).query(Long.class).optional().map(this::sample);
    }

    private Sample sample(long id) {
        List<SampleSchool> population = jdbc.sql("""
                select urn, status, draw_number from validation_sample_school where sample_id = :id order by urn""")
                .param("id", id).query((row, number) -> new SampleSchool(new Urn(row.getInt("urn")),
                        SampleDraw.Status.valueOf(row.getString("status")), row.getString("draw_number")))
                .list();
        return jdbc.sql("""
                select id, definition_id, share_percent, seed, method, include_schools_of_concern,
                    include_non_returners, exclude_previous_year, concern_source, drawn_by, drawn_at
                from validation_sample where id = :id""").param("id", id)
                .query((row, number) -> new Sample(row.getLong("id"), row.getLong("definition_id"),
                        row.getBigDecimal("share_percent"), row.getLong("seed"), row.getString("method"),
                        row.getBoolean("include_schools_of_concern"), row.getBoolean("include_non_returners"),
                        row.getBoolean("exclude_previous_year"), row.getString("concern_source"),
                        row.getString("drawn_by"), row.getTimestamp("drawn_at").toInstant(), population))
                .single();
    }

    /** The schools taken in the council's samples of returns of a kind for an academic year. */
    public Set<Urn> sampledIn(int laCode, ReturnKind kind, int academicYear) {
        return new HashSet<>(jdbc.sql("""
                select s.urn from validation_sample_school s
                join validation_sample v on v.id = s.sample_id
                join return_definition d on d.id = v.definition_id
                where d.la_code = :la and d.kind = :kind and d.academic_year = :year
                  and s.status in ('RANDOM', 'SCHOOL_OF_CONCERN', 'NON_RETURNER', 'CHOSEN')""")
                .param("la", laCode).param("kind", kind.name()).param("year", academicYear)
                .query((row, number) -> new Urn(row.getInt("urn"))).list());
    }

    public long addVisit(long sampleId, Urn urn, LocalDate visitedOn, Visit.Outcome outcome, String findings,
            String actor, Instant at) {
        return jdbc.sql("""
                insert into validation_visit (sample_id, urn, visited_on, outcome, findings, recorded_by, recorded_at)
                values (:sample, :urn, :on, :outcome, :findings, :actor, :at) returning id""")
                .param("sample", sampleId).param("urn", urn.value()).param("on", visitedOn)
                .param("outcome", outcome.name()).param("findings", findings).param("actor", actor)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public Map<Urn, Visit> visits(long sampleId) {
        Map<Urn, Visit> visits = new HashMap<>();
        jdbc.sql("""
                select id, sample_id, urn, visited_on, outcome, findings, recorded_by, recorded_at
                from validation_visit where sample_id = :sample""").param("sample", sampleId).query(row -> {
                    Visit visit = new Visit(row.getLong("id"), row.getLong("sample_id"), new Urn(row.getInt("urn")),
                            row.getObject("visited_on", LocalDate.class),
                            Visit.Outcome.valueOf(row.getString("outcome")), row.getString("findings"),
                            row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant());
                    visits.put(visit.urn(), visit);
                });
        return visits;
    }

    /** Opens a full audit unless the school already has one for the return; returns the audit's id either way. */
    public long openAudit(long definitionId, Urn urn, FullAudit.Reason reason, Long visitId, LocalDate openedOn,
            String actor, Instant at) {
        return jdbc.sql("""
                with opened as (
                    insert into full_audit (definition_id, urn, reason, visit_id, opened_on, opened_by, opened_at)
                    values (:definition, :urn, :reason, :visit, :on, :actor, :at)
                    on conflict (definition_id, urn) do nothing returning id)
                select id from opened
                union all select id from full_audit where definition_id = :definition and urn = :urn
                limit 1""")
                .param("definition", definitionId).param("urn", urn.value()).param("reason", reason.name())
                .param("visit", visitId).param("on", openedOn).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    public void addAuditEntry(long auditId, FullAudit.Entry.Kind kind, LocalDate on, String text, String actor,
            Instant at) {
        jdbc.sql("""
                insert into full_audit_entry (audit_id, kind, entry_on, text, recorded_by, recorded_at)
                values (:audit, :kind, :on, :text, :actor, :at)""")
                .param("audit", auditId).param("kind", kind.name()).param("on", on).param("text", text)
                .param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    public List<FullAudit> audits(long definitionId) {
        return audits("where a.definition_id = :key order by a.urn", definitionId);
    }

    public Optional<FullAudit> audit(long auditId) {
        return audits("where a.id = :key", auditId).stream().findFirst();
    }

    /** The council's audits opened by the moment, for the facts a run reads. */
    public List<FullAudit> auditsOpenedBy(int laCode, Instant moment) {
        List<Long> ids = jdbc.sql("""
                select a.id from full_audit a join return_definition d on d.id = a.definition_id
                where d.la_code = :la and a.opened_at <= :at""")
                .param("la", laCode).param("at", Timestamp.from(moment)).query(Long.class).list();
        List<FullAudit> audits = new ArrayList<>();
        for (Long id : ids) {
            audit(id).ifPresent(audits::add);
        }
        return audits;
    }

    private List<FullAudit> audits(String where, long key) {
        Map<Long, List<FullAudit.Entry>> entries = new HashMap<>();
        jdbc.sql("""
                select e.audit_id, e.kind, e.entry_on, e.text, e.recorded_by, e.recorded_at
                from full_audit_entry e join full_audit a on a.id = e.audit_id\s""" + where.replace(" order by a.urn", "")
                + " order by e.id").param("key", key).query(row -> {
                    entries.computeIfAbsent(row.getLong("audit_id"), id -> new ArrayList<>())
                            .add(new FullAudit.Entry(FullAudit.Entry.Kind.valueOf(row.getString("kind")),
                                    row.getObject("entry_on", LocalDate.class), row.getString("text"),
                                    row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant()));
                });
        return jdbc.sql("""
                select a.id, a.definition_id, a.urn, a.reason, a.visit_id, a.opened_on, a.opened_by, a.opened_at
                from full_audit a\s""" + where).param("key", key)
                .query((row, number) -> new FullAudit(row.getLong("id"), row.getLong("definition_id"),
                        new Urn(row.getInt("urn")), FullAudit.Reason.valueOf(row.getString("reason")),
                        row.getObject("visit_id", Long.class), row.getObject("opened_on", LocalDate.class),
                        row.getString("opened_by"), row.getTimestamp("opened_at").toInstant(),
                        entries.getOrDefault(row.getLong("id"), List.of())))
                .list();
    }
}
