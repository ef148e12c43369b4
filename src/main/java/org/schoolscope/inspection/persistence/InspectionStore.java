package org.schoolscope.inspection.persistence;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.InspectionFacts;
import org.schoolscope.inspection.domain.InspectionKey;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.inspection.domain.UngradedInspection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the history of inspections: an inspection is written once and never overwritten. Seeing it again, from a
 * later file or another source, only fills in what was not known (an inspection number, a start date). An
 * inspection known by its date alone (DfE's file) and the same one known by its number (Ofsted's) are one row:
 * same school, same kind, and the date is the other's start or end date.
 */
@Repository
public class InspectionStore {

    public enum Outcome {
        ADDED, CHANGED, UNCHANGED
    }

    public record Saved(long id, InspectionKey key, Outcome outcome) {
    }

    private record Existing(long id, String key, String number, String kind, LocalDate start, LocalDate end) {
    }

    /**
     * Copies an inspection row and its judgements, as they stand before a statement changes them, into
     * inspection_superseded with the import that made that version (issue 11, item 6): a run reproduced within its
     * own imports reads them again. Needs :importId, the import making the change; completed with a FROM clause.
     */
    private static final String KEEP_VERSION = """
            insert into inspection_superseded (inspection_id, urn, made_by_import_id, superseded_by_import_id,
                inspection, judgements)
            select i.id, i.urn, coalesce(i.changed_by_import_id, i.import_id), :importId, to_jsonb(i),
                (select coalesce(jsonb_object_agg(j.area, j.grade), '{}') from inspection_judgement j
                    where j.inspection_id = i.id)""";

    /** A version the same import made is its own work in progress, not a version to keep. */
    private static final String MADE_BY_AN_EARLIER_IMPORT = "coalesce(i.changed_by_import_id, i.import_id) <> :importId";

    /**
     * An update of one inspection (by :id, returning its id when it changed anything) that keeps the version it
     * replaces; answers how many rows it changed. Every sub-statement reads the rows as they stood before it.
     */
    private static final String KEEPING_THE_VERSION_REPLACED = """
            with changed as (%%s returning id),
            kept as (%s from inspection i join changed c on c.id = i.id where %s returning 1)
            select count(*) from changed""".formatted(KEEP_VERSION, MADE_BY_AN_EARLIER_IMPORT);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public InspectionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Opens a writing session for one file: the history of every school the file names is read in one query, so
     * that matching each inspection against it costs no round trip, and new inspections are inserted in batches.
     * Row-by-row look-ups made a national file take minutes once the planner's statistics were stale.
     */
    public Session open(Collection<Integer> urns) {
        return open(urns, false);
    }

    /**
     * As {@link #open(Collection)}; with {@code replace}, a file imported again on purpose to repair what an earlier
     * import stored puts its own value in place of a stored one that differs, instead of only filling in what was not
     * known.
     */
    public Session open(Collection<Integer> urns, boolean replace) {
        Map<Integer, List<Existing>> history = new HashMap<>();
        jdbc.sql("""
                select id, urn, inspection_key, inspection_number, kind, start_date, end_date from inspection
                where urn = any(?)""").param(urns.stream().distinct().toArray(Integer[]::new))
                .query((rs, n) -> {
                    history.computeIfAbsent(rs.getInt("urn"), u -> new ArrayList<>()).add(new Existing(
                            rs.getLong("id"), rs.getString("inspection_key"), rs.getString("inspection_number"),
                            rs.getString("kind"), rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class)));
                    return null;
                }).list();
        return new Session(history, replace);
    }

    /** One file's writes; call {@link #flush()} before the transaction ends. */
    public final class Session {

        private final Map<Integer, List<Existing>> history;
        private final List<Object[]> pendingInspections = new ArrayList<>();
        private final List<Object[]> pendingJudgements = new ArrayList<>();
        private final Deque<Long> ids = new ArrayDeque<>();
        private final boolean replace;

        private Session(Map<Integer, List<Existing>> history, boolean replace) {
            this.history = history;
            this.replace = replace;
        }

        public Saved save(Inspection inspection, ImportBatch batch) {
            InspectionKey key = inspection.key();
            int urn = inspection.facts().urn().value();
            Optional<Existing> existing = find(history.getOrDefault(urn, List.of()), inspection, key);
            if (existing.isEmpty()) {
                long id = nextId();
                pendingInspections.add(insertValues(id, inspection, key, batch));
                Columns.judgements(inspection).forEach((area, grade) -> pendingJudgements.add(
                        new Object[] {id, area, grade}));
                InspectionFacts facts = inspection.facts();
                history.computeIfAbsent(urn, u -> new ArrayList<>()).add(new Existing(id, key.value(),
                        facts.inspectionNumber(), kind(inspection), facts.startDate(), facts.endDate()));
                return new Saved(id, key, Outcome.ADDED);
            }
            flush();
            Existing found = existing.get();
            // A key by date is replaced by the number once a file publishes it; a number is never replaced.
            String storedKey = found.number() == null && inspection.facts().inspectionNumber() != null
                    ? key.value() : found.key();
            boolean changed = replace ? replaceWith(found.id(), storedKey, inspection, batch)
                    : fillIn(found.id(), storedKey, inspection, batch);
            changed |= writeJudgements(found.id(), inspection, batch, replace);
            return new Saved(found.id(), new InspectionKey(storedKey), changed ? Outcome.CHANGED : Outcome.UNCHANGED);
        }

        /** Ids are taken from the sequence a thousand at a time; a gap in the numbering is harmless. */
        private long nextId() {
            if (ids.isEmpty()) {
                ids.addAll(jdbc.sql("select nextval(pg_get_serial_sequence('inspection', 'id'))"
                        + " from generate_series(1, 1000)").query(Long.class).list());
            }
            return ids.removeFirst();
        }

        public void flush() {
            if (!pendingInspections.isEmpty()) {
                template.batchUpdate("""
                        insert into inspection (id, urn, inspection_key, inspection_number, kind, framework,
                            inspection_type, start_date, end_date, publication_date, overall_effectiveness,
                            category_of_concern, safeguarding, ungraded_outcome, converted_to_graded, urn_at_inspection,
                            school_name_at_inspection, import_id, source_file)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pendingInspections);
                pendingInspections.clear();
            }
            if (!pendingJudgements.isEmpty()) {
                template.batchUpdate("insert into inspection_judgement (inspection_id, area, grade) values (?, ?, ?)",
                        pendingJudgements);
                pendingJudgements.clear();
            }
        }
    }

    private static Optional<Existing> find(List<Existing> schoolHistory, Inspection inspection, InspectionKey key) {
        Optional<Existing> byKey = schoolHistory.stream().filter(e -> e.key().equals(key.value())).findFirst();
        if (byKey.isPresent()) {
            return byKey;
        }
        InspectionFacts facts = inspection.facts();
        LocalDate first = facts.startDate() != null ? facts.startDate() : facts.endDate();
        LocalDate last = facts.endDate() != null ? facts.endDate() : facts.startDate();
        String kind = kind(inspection);
        // Only a row without a number can be the same as one with a number: two numbers are two inspections.
        return schoolHistory.stream()
                .filter(e -> e.kind().equals(kind))
                .filter(e -> facts.inspectionNumber() == null || e.number() == null)
                .filter(e -> sameDay(e.start(), first, last) || sameDay(e.end(), first, last))
                .min(java.util.Comparator.comparingLong(Existing::id));
    }

    private static boolean sameDay(LocalDate date, LocalDate first, LocalDate last) {
        return date != null && (date.equals(first) || date.equals(last));
    }

    private static Object[] insertValues(long id, Inspection inspection, InspectionKey key, ImportBatch batch) {
        Columns columns = Columns.of(inspection);
        InspectionFacts facts = inspection.facts();
        return new Object[] {id, facts.urn().value(), key.value(), facts.inspectionNumber(), kind(inspection),
            inspection.framework().name(), facts.inspectionType(), facts.startDate(), facts.endDate(),
            facts.publicationDate(), columns.overall(), columns.category(), columns.safeguarding(), columns.outcome(),
            columns.converted(), facts.urnAtInspection().value(), facts.schoolNameAtInspection(), batch.id(),
            batch.fileName()};
    }

    /** Fills only what is still unknown; true if anything was filled. */
    private boolean fillIn(long id, String key, Inspection inspection, ImportBatch batch) {
        Columns columns = Columns.of(inspection);
        InspectionFacts facts = inspection.facts();
        return jdbc.sql(KEEPING_THE_VERSION_REPLACED.formatted("""
                update inspection set
                    changed_by_import_id = :importId,
                    inspection_key = :key,
                    inspection_number = coalesce(inspection_number, :number),
                    inspection_type = coalesce(inspection_type, :type),
                    start_date = coalesce(start_date, :start),
                    end_date = coalesce(end_date, :end),
                    publication_date = coalesce(publication_date, :published),
                    overall_effectiveness = coalesce(overall_effectiveness, :overall),
                    category_of_concern = coalesce(category_of_concern, :category),
                    safeguarding = coalesce(safeguarding, :safeguarding),
                    ungraded_outcome = coalesce(ungraded_outcome, :outcome),
                    converted_to_graded = coalesce(converted_to_graded, :converted),
                    school_name_at_inspection = coalesce(school_name_at_inspection, :nameThen)
                where id = :id and (inspection_key <> :key
                    or (inspection_number is null and cast(:number as text) is not null)
                    or (inspection_type is null and cast(:type as text) is not null)
                    or (start_date is null and cast(:start as date) is not null)
                    or (end_date is null and cast(:end as date) is not null)
                    or (publication_date is null and cast(:published as date) is not null)
                    or (overall_effectiveness is null and cast(:overall as smallint) is not null)
                    or (category_of_concern is null and cast(:category as text) is not null)
                    or (safeguarding is null and cast(:safeguarding as text) is not null)
                    or (ungraded_outcome is null and cast(:outcome as text) is not null)
                    or (converted_to_graded is null and cast(:converted as boolean) is not null)
                    or (school_name_at_inspection is null and cast(:nameThen as text) is not null))"""))
                .param("id", id).param("key", key).param("number", facts.inspectionNumber())
                .param("type", facts.inspectionType()).param("start", facts.startDate()).param("end", facts.endDate())
                .param("published", facts.publicationDate()).param("overall", columns.overall())
                .param("category", columns.category()).param("safeguarding", columns.safeguarding())
                .param("outcome", columns.outcome()).param("converted", columns.converted())
                .param("nameThen", facts.schoolNameAtInspection()).param("importId", batch.id())
                .query(Integer.class).single() > 0;
    }

    /**
     * Puts every value the file gives in place of the stored one where they differ, and records the import that
     * did; a value the file does not give is kept. True if anything changed.
     */
    private boolean replaceWith(long id, String key, Inspection inspection, ImportBatch batch) {
        Columns columns = Columns.of(inspection);
        InspectionFacts facts = inspection.facts();
        return jdbc.sql(KEEPING_THE_VERSION_REPLACED.formatted("""
                update inspection set
                    changed_by_import_id = :importId,
                    inspection_key = :key,
                    inspection_number = coalesce(:number, inspection_number),
                    inspection_type = coalesce(:type, inspection_type),
                    start_date = coalesce(:start, start_date),
                    end_date = coalesce(:end, end_date),
                    publication_date = coalesce(:published, publication_date),
                    overall_effectiveness = coalesce(:overall, overall_effectiveness),
                    category_of_concern = coalesce(:category, category_of_concern),
                    safeguarding = coalesce(:safeguarding, safeguarding),
                    ungraded_outcome = coalesce(:outcome, ungraded_outcome),
                    converted_to_graded = coalesce(:converted, converted_to_graded),
                    school_name_at_inspection = coalesce(:nameThen, school_name_at_inspection),
                    import_id = :importId, source_file = :sourceFile
                where id = :id and (inspection_key <> :key
                    or inspection_number is distinct from coalesce(cast(:number as text), inspection_number)
                    or inspection_type is distinct from coalesce(cast(:type as text), inspection_type)
                    or start_date is distinct from coalesce(cast(:start as date), start_date)
                    or end_date is distinct from coalesce(cast(:end as date), end_date)
                    or publication_date is distinct from coalesce(cast(:published as date), publication_date)
                    or overall_effectiveness is distinct from coalesce(cast(:overall as smallint), overall_effectiveness)
                    or category_of_concern is distinct from coalesce(cast(:category as text), category_of_concern)
                    or safeguarding is distinct from coalesce(cast(:safeguarding as text), safeguarding)
                    or ungraded_outcome is distinct from coalesce(cast(:outcome as text), ungraded_outcome)
                    or converted_to_graded is distinct from coalesce(cast(:converted as boolean), converted_to_graded)
                    or school_name_at_inspection is distinct from coalesce(cast(:nameThen as text),
                        school_name_at_inspection))"""))
                .param("id", id).param("key", key).param("number", facts.inspectionNumber())
                .param("type", facts.inspectionType()).param("start", facts.startDate()).param("end", facts.endDate())
                .param("published", facts.publicationDate()).param("overall", columns.overall())
                .param("category", columns.category()).param("safeguarding", columns.safeguarding())
                .param("outcome", columns.outcome()).param("converted", columns.converted())
                .param("nameThen", facts.schoolNameAtInspection()).param("importId", batch.id())
                .param("sourceFile", batch.fileName())
                .query(Integer.class).single() > 0;
    }

    /**
     * Adds the file's judgements not yet on record and, imported again on purpose, puts them in place of stored ones
     * that differ, keeping the version replaced; true if any was added or changed.
     */
    private boolean writeJudgements(long id, Inspection inspection, ImportBatch batch, boolean replace) {
        Map<String, String> judgements = Columns.judgements(inspection);
        if (judgements.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                with wanted (area, grade) as (select * from unnest(cast(:areas as text[]), cast(:grades as text[]))),
                changes as (select w.area, w.grade from wanted w
                    left join inspection_judgement j on j.inspection_id = :id and j.area = w.area
                    where j.area is null or (:replace and j.grade <> w.grade)),
                kept as (%s from inspection i
                    where i.id = :id and exists (select 1 from changes) and %s returning 1),
                marked as (update inspection set changed_by_import_id = :importId
                    where id = :id and exists (select 1 from changes) returning 1),
                written as (insert into inspection_judgement (inspection_id, area, grade)
                    select :id, area, grade from changes
                    on conflict (inspection_id, area) do update set grade = excluded.grade returning 1)
                select count(*) from written""".formatted(KEEP_VERSION, MADE_BY_AN_EARLIER_IMPORT))
                .param("id", id).param("replace", replace).param("importId", batch.id())
                .param("areas", judgements.keySet().toArray(String[]::new))
                .param("grades", judgements.values().toArray(String[]::new))
                .query(Integer.class).single() > 0;
    }

    private static String kind(Inspection inspection) {
        return inspection.isGraded() ? "GRADED" : "UNGRADED";
    }

    /** The columns that differ by era, from the era's record. */
    private record Columns(Integer overall, String category, String safeguarding, String outcome, Boolean converted) {

        static Columns of(Inspection inspection) {
            return switch (inspection.framework()) {
                case SINGLE_GRADE -> {
                    SingleGradeInspection graded = (SingleGradeInspection) inspection;
                    yield new Columns(graded.overallEffectiveness().grade(),
                            graded.categoryOfConcern() == null ? null : graded.categoryOfConcern().code(),
                            graded.safeguarding() == null ? null : graded.safeguarding().name(), null, null);
                }
                case KEY_JUDGEMENTS -> {
                    KeyJudgementsInspection graded = (KeyJudgementsInspection) inspection;
                    yield new Columns(null,
                            graded.categoryOfConcern() == null ? null : graded.categoryOfConcern().code(),
                            graded.safeguarding().name(), null, null);
                }
                case REPORT_CARD -> {
                    ReportCardInspection card = (ReportCardInspection) inspection;
                    yield new Columns(null, card.categoryOfConcern() == null ? null : card.categoryOfConcern().code(),
                            card.safeguarding().name(), null, null);
                }
                case UNGRADED -> {
                    UngradedInspection ungraded = (UngradedInspection) inspection;
                    yield new Columns(null, null, null, ungraded.outcome(), ungraded.convertedToGraded());
                }
            };
        }

        static Map<String, String> judgements(Inspection inspection) {
            Map<String, String> judgements = new LinkedHashMap<>();
            switch (inspection.framework()) {
                case SINGLE_GRADE -> ((SingleGradeInspection) inspection).keyJudgements()
                        .forEach((area, grade) -> judgements.put(area.name(), grade.name()));
                case KEY_JUDGEMENTS -> ((KeyJudgementsInspection) inspection).keyJudgements()
                        .forEach((area, grade) -> judgements.put(area.name(), grade.name()));
                case REPORT_CARD -> ((ReportCardInspection) inspection).evaluations()
                        .forEach((area, grade) -> judgements.put(area.name(), grade.name()));
                case UNGRADED -> {
                    // an ungraded inspection makes no judgements
                }
            }
            return judgements;
        }
    }
}
