package org.schoolscope.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolscope.attendance.SyntheticCouncilFixture;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.SessionTotals;
import org.schoolscope.attendance.persistence.AnalysisQuery;
import org.schoolscope.attendance.persistence.CouncilDataStore;
import org.schoolscope.attendance.persistence.TermStore;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.schoolscope.ingest.ImportProblem;
import org.schoolscope.shared.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pupil-level files as a council would send them: the pupil characteristics, term dates and marks (by day and by
 * session) for the synthetic council's schools in 2023-24, a year the generated council does not use, so the
 * fixture's 2024-25 figures stay as they are. A bad row refuses the whole file with its line and column and nothing
 * is kept; the same file twice changes nothing; a later file's changed mark keeps the earlier code and corrects the
 * running totals of the weeks after it.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class AttendanceImportTest {

    static final String PUPILS = """
            upn,urn,academic_year,year_group,free_school_meals,sen_provision,english_additional_language,child_in_care
            T999000100001,990001,2023-24,3,Y,K,N,
            T999000100002,990001,2023-24,3,N,N,Y,N
            T999000100003,990001,2023-24,R,,,,
            """;

    @TempDir
    Path folder;

    @Autowired
    AttendanceFiles files;

    @Autowired
    SyntheticCouncil council;

    @Autowired
    AnalysisQuery analysis;

    @Autowired
    CouncilDataStore councilData;

    @Autowired
    TermStore terms;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void schoolsAndPupils() throws IOException {
        SyntheticCouncilFixture.ensure(council, jdbc);
        removeTheYear();
        assertThat(importing("pupils.csv", PUPILS).result()).isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
    }

    @AfterEach
    void removeTheYear() {
        transaction.executeWithoutResult(status -> councilData.removeYear(999, AcademicYear.parse("2023-24"), "test"));
        jdbc.sql("delete from attendance_import where file_name like 'test-%'").update();
        jdbc.sql("delete from attendance_term where la_code = 999 and academic_year = '2023-24'").update();
    }

    @Test
    void shouldImportAWeekOfMarksByDayAndGiveTheFiguresTheyMake() throws IOException {
        AttendanceFiles.Outcome outcome = importing("marks.csv", week("2023-10-02", "/", "\\"));
        assertThat(outcome.result()).isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
        assertThat(outcome.rows()).isEqualTo(15);
        assertThat(outcome.added()).isEqualTo(30);
        AnalysisQuery.AsAt asAt = analysis.asAt(999, LocalDate.of(2023, 10, 6)).orElseThrow();
        AnalysisQuery.Group all = analysis.groups(999, asAt).stream()
                .filter(group -> group.dimension() == AnalysisQuery.Dimension.COUNCIL).findFirst().orElseThrow();
        // Pupil 1 missed Wednesday (I, I) and pupil 2 Thursday morning (O): 30 possible, 3 absent, 1 unauthorised.
        assertThat(all.pupils()).isEqualTo(3);
        assertThat(all.totals()).isEqualTo(new SessionTotals(30, 3, 1, 0));
        assertThat(all.persistent()).as("pupil 1 missed 2 of 10 (20%), pupil 2 1 of 10 (10%, persistent)")
                .isEqualTo(2);
        assertThat(all.severe()).isZero();
    }

    @Test
    void shouldChangeNothingWhenTheSameFileComesTwice() throws IOException {
        String week = week("2023-10-02", "/", "\\");
        assertThat(importing("marks.csv", week).result()).isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
        long rows = weekRows();
        assertThat(importing("marks.csv", week).result())
                .isEqualTo(AttendanceFiles.Outcome.Result.ALREADY_IMPORTED);
        assertThat(weekRows()).isEqualTo(rows);
    }

    @Test
    void shouldRefuseAFileWithABadRowWholeNamingItsLineAndColumn() throws IOException {
        long logged = jdbc.sql("select count(*) from attendance_import").query(Long.class).single();
        String marks = week("2023-10-02", "/", "\\").replace("T999000100002,990001,2023-10-04,/,\\",
                "T999000100002,990001,2023-10-04,Q7,\\");
        AttendanceFiles.Outcome outcome = importing("marks.csv", marks);
        assertThat(outcome.result()).isEqualTo(AttendanceFiles.Outcome.Result.REJECTED);
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9L, "am_mark", "UNKNOWN_CODE"));
        assertThat(outcome.problems().get(0).file()).isEqualTo("test-marks.csv");
        assertThat(weekRows()).as("nothing kept").isZero();
        assertThat(jdbc.sql("select count(*) from attendance_import").query(Long.class).single()).isEqualTo(logged);
    }

    @Test
    void shouldNameEachKindOfBadRow() throws IOException {
        String header = "upn,urn,date,am_mark,pm_mark\n";
        assertRefused(header + "T999000100001,990001,2023-10-07,/,\\\n", 2, "date", "NOT_A_WEEKDAY");
        assertRefused(header + "T999000100001,103157,2023-10-03,/,\\\n", 2, "urn", "UNKNOWN_SCHOOL");
        assertRefused(header + "T999000100009,990001,2023-10-03,/,\\\n", 2, "upn", "UNKNOWN_PUPIL");
        assertRefused(header + "12345,990001,2023-10-03,/,\\\n", 2, "upn", "BAD_PUPIL_NUMBER");
        assertRefused(header + "T999000100001,990001,2023-10-03,/\n", 2, null, "FIELD_COUNT");
        assertRefused(header + "T999000100001,990001,03/10/2023,/,\\\n", 2, "date", "BAD_DATE");
        assertRefused(header + "T999000100001,990001,2023-10-03,\\,\\\n", 2, "am_mark", "WRONG_SESSION");
        assertRefused(header + "T999000100001,990001,2023-10-03,/,\\\nT999000100001,990001,2023-10-03,/,\n", 3,
                "am_mark", "DUPLICATE_MARK");
        assertRefused(header + "T999000100001,990001,2023-10-03,/,\\\nT999000100001,990001,2024-10-03,/,\\\n", 3,
                "date", "MIXED_YEARS");
        assertRefused(header + "T999000100001,990001,2024-09-10,H,\\\n", 2, "am_mark", "RETIRED_CODE");
        assertRefused(header + "T999000100001,990001,2099-10-05,/,\\\n", 2, "date", "FUTURE_DATE");
        assertRefused("upn,urn,when,am_mark,pm_mark\nT999000100001,990001,2023-10-03,/,\\\n", 0, null,
                "UNKNOWN_LAYOUT");
        assertThat(importing("marks-h.csv", header + "T999000100001,990001,2023-10-03,H,H\n").result())
                .as("H was still a code in October 2023").isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
        assertThat(weekRows()).as("one pupil has marks").isEqualTo(1);
    }

    @Test
    void shouldKeepTheEarlierCodeAndCorrectTheWeeksAfterWhenALaterFileChangesAMark() throws IOException {
        importing("marks-1.csv", week("2023-10-02", "/", "\\"));
        importing("marks-2.csv", week("2023-10-09", "/", "\\"));
        int before = absentBefore("2023-10-09", "T999000100003");
        AttendanceFiles.Outcome correction = importing("marks-3.csv", """
                upn,urn,date,session,mark
                T999000100003,990001,2023-10-04,PM,G
                """);
        assertThat(correction.result()).isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
        assertThat(correction.changed()).isEqualTo(1);
        assertThat(absentBefore("2023-10-09", "T999000100003")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select old_code || '>' || new_code from attendance_mark_change")
                .query(String.class).list()).containsExactly(AttendanceCode.PRESENT_AFTERNOON.id() + ">"
                        + AttendanceCode.HOLIDAY_NOT_GRANTED.id());
    }

    @Test
    void shouldTakeTermDates() throws IOException {
        assertThat(importing("terms.csv", """
                la_code,academic_year,term,first_day,last_day,half_term_first_day,half_term_last_day
                999,2023-24,Autumn,2023-09-05,2023-12-20,2023-10-30,2023-11-03
                999,2023-24,Spring,2024-01-08,2024-03-28,2024-02-12,2024-02-16
                """).result()).isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
        assertThat(terms.calendar(999).on(LocalDate.of(2024, 2, 1)).orElseThrow().term().label()).isEqualTo("Spring");
        assertRefused("""
                la_code,academic_year,term,first_day,last_day,half_term_first_day,half_term_last_day
                999,2023-24,Summer,2024-07-20,2024-04-15,,
                """, 2, "last_day", "BAD_TERM_DATES");
    }

    /** A week of marks for the three pupils: everyone present, but for two absences. */
    private static String week(String monday, String morning, String afternoon) {
        StringBuilder csv = new StringBuilder("upn,urn,date,am_mark,pm_mark\n");
        LocalDate first = LocalDate.parse(monday);
        for (int day = 0; day < 5; day++) {
            for (int pupil = 1; pupil <= 3; pupil++) {
                String am = morning;
                String pm = afternoon;
                if (pupil == 1 && day == 2) {
                    am = "I";
                    pm = "I";
                }
                if (pupil == 2 && day == 3) {
                    am = "O";
                }
                csv.append("T99900010000").append(pupil).append(",990001,").append(first.plusDays(day)).append(',')
                        .append(am).append(',').append(pm).append('\n');
            }
        }
        return csv.toString();
    }

    private void assertRefused(String content, long line, String column, String code) throws IOException {
        AttendanceFiles.Outcome outcome = importing("bad-" + code + ".csv", content);
        assertThat(outcome.result()).as(code).isEqualTo(AttendanceFiles.Outcome.Result.REJECTED);
        assertThat(outcome.problems()).as(code).hasSize(1);
        ImportProblem problem = outcome.problems().get(0);
        assertThat(List.of(problem.line(), String.valueOf(problem.column()), problem.code())).as(code)
                .containsExactly(line, String.valueOf(column), code);
    }

    private AttendanceFiles.Outcome importing(String name, String content) throws IOException {
        Path file = folder.resolve("test-" + name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return files.importFile(file, "import test");
    }

    private long weekRows() {
        return jdbc.sql("""
                select count(*) from attendance_week w join attendance_enrolment e on e.id = w.enrolment_id
                where e.academic_year = '2023-24'""").query(Long.class).single();
    }

    private int absentBefore(String monday, String upn) {
        return jdbc.sql("""
                select w.absent_before from attendance_week w join attendance_enrolment e on e.id = w.enrolment_id
                where e.academic_year = '2023-24' and w.week_start = :monday order by e.id""")
                .param("monday", LocalDate.parse(monday)).query(Integer.class).list()
                .get(Integer.parseInt(upn.substring(upn.length() - 1)) - 1);
    }
}
