package org.schoolscope.attendance.persistence;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.attendance.domain.TermCalendar;
import org.schoolscope.attendance.domain.TermDates;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A council's term dates. */
@Component
public class TermStore {

    private final JdbcClient jdbc;

    TermStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TermCalendar calendar(int laCode) {
        return new TermCalendar(jdbc.sql("select * from attendance_term where la_code = :la").param("la", laCode)
                .query((row, number) -> new TermDates(AcademicYear.parse(row.getString("academic_year")),
                        Term.valueOf(row.getString("term")), row.getObject("first_day", LocalDate.class),
                        row.getObject("last_day", LocalDate.class),
                        row.getObject("half_term_first_day", LocalDate.class),
                        row.getObject("half_term_last_day", LocalDate.class)))
                .list());
    }

    /** Replaces the council's dates for the terms given (a later file corrects an earlier one). */
    public void save(int laCode, List<TermDates> terms) {
        for (TermDates term : terms) {
            jdbc.sql("""
                    insert into attendance_term (la_code, academic_year, term, first_day, last_day,
                        half_term_first_day, half_term_last_day)
                    values (:la, :year, :term, :first, :last, :halfFirst, :halfLast)
                    on conflict (la_code, academic_year, term) do update set first_day = excluded.first_day,
                        last_day = excluded.last_day, half_term_first_day = excluded.half_term_first_day,
                        half_term_last_day = excluded.half_term_last_day""")
                    .param("la", laCode).param("year", term.year().toString()).param("term", term.term().name())
                    .param("first", term.firstDay()).param("last", term.lastDay())
                    .param("halfFirst", term.halfTermFirstDay()).param("halfLast", term.halfTermLastDay()).update();
        }
    }
}
