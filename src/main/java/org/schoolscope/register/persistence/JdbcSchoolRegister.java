package org.schoolscope.register.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.CompleteListing;
import org.schoolscope.register.SchoolHistory;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.register.domain.SchoolChange;
import org.schoolscope.register.domain.SchoolHistoryEntry;
import org.schoolscope.register.domain.SchoolPicture;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register in PostgreSQL. The schools a file mentions are read in two queries and written in batches, so a
 * national file of 26,000 schools costs a handful of round trips rather than three per school.
 *
 * <p>Counts: added is a school the register had never seen; changed is a school whose current picture changed or
 * whose history gained a row (an older file only ever does the latter); unchanged is a school the file told
 * nothing new.
 */
@Repository
class JdbcSchoolRegister implements SchoolRegister {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LocalAuthorities localAuthorities;
    private final SchoolEvidence evidence;
    private final RegisterReader reader;

    JdbcSchoolRegister(JdbcClient jdbc, JdbcTemplate template, LocalAuthorities localAuthorities,
            SchoolEvidence evidence, RegisterReader reader) {
        this.jdbc = jdbc;
        this.template = template;
        this.localAuthorities = localAuthorities;
        this.evidence = evidence;
        this.reader = reader;
    }

    @Override
    public WriteCounts record(List<SchoolFacts> facts, LocalDate asAt, ImportBatch batch) {
        return record(facts, asAt, null, null, batch);
    }

    @Override
    public WriteCounts recordYear(List<SchoolFacts> facts, AcademicYear year, ImportBatch batch) {
        return record(facts, year.lastDay(), year.firstDay(), null, batch);
    }

    /** An import that streams its file records the list in chunks: the list is made once per batch and title. */
    @Override
    public WriteCounts recordList(List<SchoolFacts> facts, CompleteListing list, ImportBatch batch) {
        Long listId = jdbc.sql("select id from school_list where import_id = ? and title = ?")
                .params(batch.id(), list.title()).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into school_list (import_id, source_file, title, as_at, scope) values (?, ?, ?, ?, ?)
                        returning id""").params(batch.id(), batch.fileName(), list.title(), list.asAt(),
                                list.scope().name()).query(Long.class).single());
        return record(facts, list.asAt(), null, listId, batch);
    }

    @Override
    public List<SchoolOnDate> schools(LocalDate on, SchoolSet set, LaCode laCode) {
        return reader.schools(on, set, laCode);
    }

    @Override
    public Map<Urn, SchoolOnDate> find(Collection<Urn> urns, LocalDate on) {
        return reader.find(urns, on);
    }

    @Override
    public Map<Urn, Integer> pupils(Collection<Urn> urns) {
        Map<Urn, Integer> pupils = new HashMap<>();
        jdbc.sql("select urn, number_of_pupils from school where urn = any(?) and number_of_pupils is not null")
                .param(urns.stream().map(Urn::value).distinct().toArray(Integer[]::new))
                .query((ResultSet rs) -> {
                    pupils.put(new Urn(rs.getInt(1)), rs.getInt(2));
                });
        return pupils;
    }

    @Override
    public Optional<SchoolHistory> history(Urn urn) {
        return reader.history(urn);
    }

    private WriteCounts record(List<SchoolFacts> facts, LocalDate asAt, LocalDate openFrom, Long listId,
            ImportBatch batch) {
        if (asAt == null) {
            throw new IllegalArgumentException("Facts need the date their file describes, to be placed in history");
        }
        evidence.write(facts, asAt, openFrom, listId, batch);
        WriteCounts counts = WriteCounts.NONE;
        for (int from = 0; from < facts.size(); from += BATCH) {
            counts = counts.plus(recordChunk(facts.subList(from, Math.min(facts.size(), from + BATCH)), asAt, batch));
        }
        Map<Integer, String> laNames = new LinkedHashMap<>();
        facts.stream().filter(f -> f.laCode() != null && f.laName() != null)
                .forEach(f -> laNames.put(f.laCode(), f.laName()));
        localAuthorities.nameAll(laNames);
        return counts;
    }

    private WriteCounts recordChunk(List<SchoolFacts> facts, LocalDate asAt, ImportBatch batch) {
        Integer[] urns = facts.stream().map(f -> f.urn().value()).distinct().toArray(Integer[]::new);
        Map<Integer, SchoolPicture> current = currentPictures(urns);
        Map<Integer, List<SchoolHistoryEntry>> histories = histories(urns);
        Map<Integer, SchoolPicture> inserts = new LinkedHashMap<>();
        Map<Integer, SchoolPicture> updates = new LinkedHashMap<>();
        List<Object[]> historyRows = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (SchoolFacts school : facts) {
            int urn = school.urn().value();
            List<SchoolHistoryEntry> history = histories.computeIfAbsent(urn, u -> new ArrayList<>());
            SchoolChange change = SchoolChange.of(current.get(urn), history, school, asAt);
            if (change.newSchool()) {
                added++;
                inserts.put(urn, change.newPicture());
            } else if (change.changesAnything()) {
                changed++;
            } else {
                unchanged++;
            }
            if (change.newPicture() != null) {
                current.put(urn, change.newPicture());
                if (!change.newSchool()) {
                    (inserts.containsKey(urn) ? inserts : updates).put(urn, change.newPicture());
                }
            }
            if (change.newHistory() != null) {
                history.add(change.newHistory());
                history.sort(Comparator.comparing(SchoolHistoryEntry::asAt));
                historyRows.add(historyRow(urn, change.newHistory(), batch));
            }
        }
        template.batchUpdate("""
                insert into school (laestab, la_code, name, establishment_type, type_group, status, phase, open_date,
                    close_date, statutory_low_age, statutory_high_age, number_of_pupils, gender, religious_character,
                    trust_name, federation_name, constituency, ward, responsible_body, updated_by_import, urn)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inserts.values().stream().map(p -> schoolRow(p, batch)).toList());
        template.batchUpdate("""
                update school set laestab = ?, la_code = ?, name = ?, establishment_type = ?, type_group = ?, status = ?,
                    phase = ?, open_date = ?, close_date = ?, statutory_low_age = ?, statutory_high_age = ?,
                    number_of_pupils = ?, gender = ?, religious_character = ?, trust_name = ?, federation_name = ?,
                    constituency = ?, ward = ?, responsible_body = ?, updated_by_import = ?
                where urn = ?""", updates.values().stream().map(p -> schoolRow(p, batch)).toList());
        template.batchUpdate("""
                insert into school_record (urn, as_at, laestab, la_code, name, establishment_type, type_group, status,
                    phase, trust_name, federation_name, constituency, ward, responsible_body, import_id, source_file)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", historyRows);
        return new WriteCounts(added, changed, unchanged, 0);
    }

    private Map<Integer, SchoolPicture> currentPictures(Integer[] urns) {
        Map<Integer, SchoolPicture> pictures = new HashMap<>();
        jdbc.sql("""
                select s.*, la.name as la_name from school s left join local_authority la on la.la_code = s.la_code
                where s.urn = any(?)""").param(urns).query((rs, n) -> picture(rs))
                .list().forEach(p -> pictures.put(p.facts().urn().value(), p));
        return pictures;
    }

    private Map<Integer, List<SchoolHistoryEntry>> histories(Integer[] urns) {
        Map<Integer, List<SchoolHistoryEntry>> histories = new HashMap<>();
        jdbc.sql("select * from school_record where urn = any(?) order by urn, as_at, id").param(urns)
                .query((ResultSet rs) -> {
                    histories.computeIfAbsent(rs.getInt("urn"), u -> new ArrayList<>()).add(historyEntry(rs));
                });
        return histories;
    }

    private static SchoolPicture picture(ResultSet rs) throws SQLException {
        SchoolFacts facts = new SchoolFacts(new Urn(rs.getInt("urn")), integer(rs, "laestab"), integer(rs, "la_code"),
                rs.getString("la_name"), rs.getString("name"), rs.getString("establishment_type"),
                rs.getString("type_group"), rs.getString("status"), rs.getString("phase"), date(rs, "open_date"),
                date(rs, "close_date"), integer(rs, "statutory_low_age"), integer(rs, "statutory_high_age"),
                integer(rs, "number_of_pupils"), rs.getString("gender"), rs.getString("religious_character"),
                rs.getString("trust_name"), rs.getString("federation_name"), rs.getString("constituency"),
                rs.getString("ward"));
        // The stored body is what the rule derived when it was written; re-deriving keeps one source of truth.
        return SchoolPicture.of(facts);
    }

    private static SchoolHistoryEntry historyEntry(ResultSet rs) throws SQLException {
        return new SchoolHistoryEntry(rs.getDate("as_at").toLocalDate(), integer(rs, "laestab"),
                integer(rs, "la_code"), rs.getString("name"), rs.getString("establishment_type"),
                rs.getString("type_group"), rs.getString("status"), rs.getString("phase"), rs.getString("trust_name"),
                rs.getString("federation_name"), rs.getString("constituency"), rs.getString("ward"),
                ResponsibleBody.valueOf(rs.getString("responsible_body")));
    }

    private static Object[] schoolRow(SchoolPicture picture, ImportBatch batch) {
        SchoolFacts f = picture.facts();
        return new Object[] {f.laestab(), f.laCode(), f.name(), f.establishmentType(), f.typeGroup(), f.status(),
                f.phase(), sqlDate(f.openDate()), sqlDate(f.closeDate()), f.statutoryLowAge(), f.statutoryHighAge(),
                f.numberOfPupils(), f.gender(), f.religiousCharacter(), f.trustName(), f.federationName(),
                f.constituency(), f.ward(), picture.responsibleBody().name(), batch.id(), f.urn().value()};
    }

    private static Object[] historyRow(int urn, SchoolHistoryEntry h, ImportBatch batch) {
        return new Object[] {urn, sqlDate(h.asAt()), h.laestab(), h.laCode(), h.name(), h.establishmentType(),
                h.typeGroup(), h.status(), h.phase(), h.trustName(), h.federationName(), h.constituency(), h.ward(),
                h.responsibleBody().name(), batch.id(), batch.fileName()};
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
