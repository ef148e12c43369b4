package org.schoolscope.attendance.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.SessionTotals;
import org.schoolscope.attendance.domain.WeekMarks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A council's attendance as at a date, computed in PostgreSQL from one row per pupil: the running totals before the
 * week the date falls in plus that week's sessions up to the date (bits of the week's masks). Every pupil's
 * persistent and severe flags are worked out in the query, which returns the groups: the council, each school,
 * phase, district, year group and characteristic group. The viewer's school scope is part of the query.
 */
@Component
public class AnalysisQuery {

    /** The groups of pupils figures are given for, in the order of the query's grouping columns. */
    public enum Dimension {
        COUNCIL, SCHOOL, PHASE, DISTRICT, YEAR_GROUP, FREE_SCHOOL_MEALS, SEN_PROVISION, ENGLISH_ADDITIONAL_LANGUAGE,
        CHILD_IN_CARE
    }

    /** One group's pupils with possible sessions, their sessions, and how many were persistently and severely absent. */
    public record Group(Dimension dimension, String key, long pupils, SessionTotals totals, long persistent,
            long severe) {

        public double persistentRate() {
            return pupils == 0 ? 0 : 100.0 * persistent / pupils;
        }

        public double severeRate() {
            return pupils == 0 ? 0 : 100.0 * severe / pupils;
        }
    }

    /**
     * The day figures stand at for a requested day: the last day with marks in the latest imported week on or before
     * it (a day in a holiday, or after the latest import, stands at the latest day before it).
     */
    public record AsAt(LocalDate requested, LocalDate monday, LocalDate day) {

        public int slots() {
            return WeekMarks.sessionsUpTo(day);
        }
    }

    /**
     * Every pupil's sessions as at the day, then their flags, summed first into cells (a school's pupils with the
     * same year group and characteristics: tens of thousands of rows for a city, not 200,000), and the cells into
     * the grouping sets, one column each; {@code grouping(...)} tells which set a row belongs to. Every figure is a
     * count or a sum, so summing cells gives exactly what summing pupils would.
     */
    static final String GROUPS_SQL = """
            with pupil as (
                select e.urn, s.phase, s.district, e.year_group, e.free_school_meals, e.sen_provision,
                    e.english_additional_language, e.child_in_care,
                    w.possible_before + bit_count((w.possible_mask & :slots)::bit(16)) as possible,
                    w.absent_before + bit_count((w.absent_mask & :slots)::bit(16)) as absent,
                    w.unauthorised_before + bit_count((w.unauthorised_mask & :slots)::bit(16)) as unauthorised,
                    w.approved_before + bit_count((w.approved_mask & :slots)::bit(16)) as approved
                from attendance_week w
                join attendance_enrolment e on e.id = w.enrolment_id
                join attendance_school s on s.urn = e.urn
                where w.week_start = :monday and s.la_code = :la
                    and (cast(:urn as integer) is null or e.urn = :urn) and %s
            ), cell as (
                select urn, phase, district, year_group, free_school_meals, sen_provision,
                    english_additional_language, child_in_care, count(*) as pupils, sum(possible) as possible,
                    sum(absent) as absent, sum(unauthorised) as unauthorised, sum(approved) as approved,
                    count(*) filter (where absent * 10 >= possible) as persistent,
                    count(*) filter (where absent * 2 >= possible) as severe
                from pupil where possible > 0
                group by urn, phase, district, year_group, free_school_meals, sen_provision,
                    english_additional_language, child_in_care
            )
            select grouping(urn, phase, district, year_group, free_school_meals, sen_provision,
                    english_additional_language, child_in_care) as grouped,
                urn, phase, district, year_group, free_school_meals, sen_provision, english_additional_language,
                child_in_care, sum(pupils) as pupils, sum(possible) as possible, sum(absent) as absent,
                sum(unauthorised) as unauthorised, sum(approved) as approved, sum(persistent) as persistent,
                sum(severe) as severe
            from cell
            group by grouping sets ((), (urn), (phase), (district), (year_group), (free_school_meals),
                (sen_provision), (english_additional_language), (child_in_care))""";

    private static final String[] COLUMNS = {"urn", "phase", "district", "year_group", "free_school_meals",
            "sen_provision", "english_additional_language", "child_in_care"};

    private final JdbcClient jdbc;
    private final SchoolScope scope;

    AnalysisQuery(JdbcClient jdbc, SchoolScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public Optional<AsAt> asAt(int laCode, LocalDate day) {
        return jdbc.sql("""
                select week_start, last_day from attendance_council_week where la_code = :la and week_start <= :day
                order by week_start desc limit 1""").param("la", laCode).param("day", day)
                .query((row, number) -> {
                    LocalDate monday = row.getObject("week_start", LocalDate.class);
                    LocalDate last = row.getObject("last_day", LocalDate.class);
                    return new AsAt(day, monday, day.isBefore(last) ? day : last);
                }).optional();
    }

    /** The first and last day with marks for the council. */
    public Optional<LocalDate[]> span(int laCode) {
        return jdbc.sql("select min(week_start), max(last_day) from attendance_council_week where la_code = :la")
                .param("la", laCode).query((row, number) -> row.getObject(1, LocalDate.class) == null ? null
                        : new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)})
                .optional();
    }

    /** Every group's figures as at the day, within the viewer's schools. */
    public List<Group> groups(int laCode, AsAt asAt) {
        return groups(laCode, null, asAt);
    }

    /** Every group's figures as at the day for one school (or, none given, the council), within the viewer's. */
    public List<Group> groups(int laCode, Integer urn, AsAt asAt) {
        List<Group> groups = new ArrayList<>();
        scope.bind(jdbc.sql(GROUPS_SQL.formatted(SchoolScope.condition("e.urn")))).param("slots", asAt.slots())
                .param("monday", asAt.monday()).param("la", laCode).param("urn", urn).query(row -> {
                    int grouped = row.getInt("grouped");
                    Dimension dimension = Dimension.COUNCIL;
                    String key = "";
                    for (int column = 0; column < COLUMNS.length; column++) {
                        if ((grouped & (1 << (COLUMNS.length - 1 - column))) == 0) {
                            dimension = Dimension.values()[column + 1];
                            String value = row.getString(COLUMNS[column]);
                            key = value == null ? "" : value;
                        }
                    }
                    groups.add(new Group(dimension, key, row.getLong("pupils"),
                            new SessionTotals(row.getLong("possible"), row.getLong("absent"),
                                    row.getLong("unauthorised"), row.getLong("approved")),
                            row.getLong("persistent"), row.getLong("severe")));
                });
        return groups;
    }

    /** Sessions of each code from the first day to the last, at one school or (none given) the council's schools. */
    public Map<AttendanceCode, Long> sessionsByCode(int laCode, Integer urn, LocalDate from, LocalDate to) {
        Map<AttendanceCode, Long> sessions = new EnumMap<>(AttendanceCode.class);
        scope.bind(jdbc.sql("""
                select d.code, sum(d.sessions) as sessions from attendance_school_day d
                join attendance_school s on s.urn = d.urn
                where s.la_code = :la and (cast(:urn as integer) is null or d.urn = :urn)
                    and d.on_date between :from and :to and %s
                group by d.code""".formatted(SchoolScope.condition("d.urn"))))
                .param("la", laCode).param("urn", urn).param("from", from).param("to", to)
                .query(row -> {
                    sessions.put(AttendanceCode.byId(row.getInt("code")), row.getLong("sessions"));
                });
        return sessions;
    }

    /** One week's year to date for a group of schools. */
    public record WeekFigures(LocalDate monday, long pupils, long persistent, long severe, SessionTotals totals) {

        public double persistentRate() {
            return pupils == 0 ? 0 : 100.0 * persistent / pupils;
        }
    }

    /** The year to date at the end of each imported week up to the day, for one school, one district or the council. */
    public List<WeekFigures> weeks(int laCode, Integer urn, String district, LocalDate from, LocalDate to) {
        return scope.bind(jdbc.sql("""
                select w.week_start, sum(w.pupils) as pupils, sum(w.persistent) as persistent,
                    sum(w.severe) as severe, sum(w.possible) as possible, sum(w.absent) as absent,
                    sum(w.unauthorised) as unauthorised, sum(w.approved) as approved
                from attendance_school_week w join attendance_school s on s.urn = w.urn
                where s.la_code = :la and (cast(:urn as integer) is null or w.urn = :urn)
                    and (cast(:district as text) is null or s.district = :district)
                    and w.week_start between :from and :to and %s
                group by w.week_start order by w.week_start""".formatted(SchoolScope.condition("w.urn"))))
                .param("la", laCode).param("urn", urn).param("district", district).param("from", from)
                .param("to", to)
                .query((row, number) -> new WeekFigures(row.getObject("week_start", LocalDate.class),
                        row.getLong("pupils"), row.getLong("persistent"), row.getLong("severe"),
                        new SessionTotals(row.getLong("possible"), row.getLong("absent"), row.getLong("unauthorised"),
                                row.getLong("approved"))))
                .list();
    }
}
