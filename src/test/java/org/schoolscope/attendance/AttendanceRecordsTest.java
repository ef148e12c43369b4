package org.schoolscope.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.attendance.importing.AttendanceFiles;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.RetentionPolicy;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The targeting meeting's record is append-only and checked before it is kept; pupil-level records go at the end of
 * their retention period, a council's year at a time, with the removal in the audit log. The packed published
 * files are DfE's, byte for byte.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class AttendanceRecordsTest {

    @TempDir
    Path folder;

    @Autowired
    TargetingMeetings meetings;

    @Autowired
    AttendanceRetention retention;

    @Autowired
    AttendanceFiles files;

    @Autowired
    SyntheticCouncil council;

    @Autowired
    JdbcClient jdbc;

    private Urn school;

    @BeforeEach
    void syntheticCouncil() {
        SyntheticCouncilFixture.ensure(council, jdbc);
        school = new Urn(jdbc.sql("select urn from attendance_school where la_code = 999 order by urn offset 4 limit 1")
                .query(Integer.class).single());
    }

    @Test
    void shouldRefuseAMeetingRecordWithEveryProblemNamed() {
        int pupil = jdbc.sql("select min(id) from attendance_enrolment where urn = :urn").param("urn", school.value())
                .query(Integer.class).single();
        assertThatThrownBy(() -> meetings.record(school, AcademicYear.parse("2024-25"), Term.AUTUMN,
                new TargetingMeetings.MeetingInput("2025-01-15", " \n ", Map.of(pupil,
                        new TargetingMeetings.ActionInput("", "Attendance lead"))), "test"))
                .isInstanceOfSatisfying(MeetingRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(MeetingRefusedException.Problem::field)
                        .containsExactly("heldOn", "attendees", "support-" + pupil));
        assertThatThrownBy(() -> meetings.record(school, AcademicYear.parse("2024-25"), Term.AUTUMN,
                new TargetingMeetings.MeetingInput("20/11/2024", "Head", Map.of()), "test"))
                .isInstanceOf(MeetingRefusedException.class).hasMessageContaining("Enter the date");
        assertThatThrownBy(() -> meetings.record(school, AcademicYear.parse("2024-25"), Term.AUTUMN,
                new TargetingMeetings.MeetingInput("2024-11-20", "Head", Map.of(99_999_999,
                        new TargetingMeetings.ActionInput("Call home", "Head"))), "test"))
                .isInstanceOf(MeetingRefusedException.class).hasMessageContaining("not on the school's roll");
    }

    @Test
    void shouldKeepTheMeetingRecordAsMadeAndRefuseToChangeIt() {
        long id = meetings.record(school, AcademicYear.parse("2024-25"), Term.SUMMER,
                new TargetingMeetings.MeetingInput("2025-06-04", "Ava Attendance\nHana Head", Map.of()), "test");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'attendance-meeting' and "
                + "record_id = :id").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update attendance_meeting set attendees = 'someone else' where id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from attendance_meeting where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void shouldListAYearAsExpiredThreeYearsAfterItEndsAndRemoveItWithItsMeetings() throws IOException {
        write("pupils.csv", """
                upn,urn,academic_year,year_group,free_school_meals,sen_provision,english_additional_language,child_in_care
                R999000100001,%s,2022-23,5,N,N,N,N
                """.formatted(school));
        write("terms.csv", """
                la_code,academic_year,term,first_day,last_day,half_term_first_day,half_term_last_day
                999,2022-23,Autumn,2022-09-05,2022-12-20,,
                """);
        write("marks.csv", """
                upn,urn,date,am_mark,pm_mark
                R999000100001,%s,2022-10-03,/,\\
                R999000100001,%s,2022-10-04,I,I
                """.formatted(school, school));
        int pupil = jdbc.sql("select id from attendance_enrolment where academic_year = '2022-23'")
                .query(Integer.class).single();
        meetings.record(school, AcademicYear.parse("2022-23"), Term.AUTUMN, new TargetingMeetings.MeetingInput(
                "2022-11-10", "Ava Attendance", Map.of(pupil, new TargetingMeetings.ActionInput("Call home",
                        "Attendance lead"))), "test");
        assertThat(retention.expired(LocalDate.of(2026, 8, 31))).extracting(RetentionPolicy.ExpiredRecord::recordId)
                .doesNotContain("999:2022-23");
        var expired = retention.expired(LocalDate.of(2026, 9, 1));
        assertThat(expired).extracting(RetentionPolicy.ExpiredRecord::recordId).containsExactly("999:2022-23");
        assertThat(expired.get(0).expiredOn()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(retention.remove(expired)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance_enrolment where academic_year = '2022-23'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from attendance_meeting where academic_year = '2022-23'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'attendance-year' and action = "
                + "'remove' and record_id = '999:2022-23'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance_enrolment where academic_year = '2024-25'")
                .query(Long.class).single()).as("the fixture's year is kept").isPositive();
        jdbc.sql("delete from attendance_term where academic_year = '2022-23'").update();
        jdbc.sql("delete from attendance_import where file_name like 'retention-%'").update();
    }

    @Test
    void shouldPackDfesPublishedFilesByteForByte() throws IOException {
        for (String name : java.util.List.of(org.schoolscope.attendance.published.PublishedAttendance.YEAR_TO_DATE,
                org.schoolscope.attendance.published.PublishedAttendance.WEEKLY_PERSISTENT)) {
            byte[] packed = new org.springframework.core.io.ClassPathResource("attendance/published/" + name)
                    .getContentAsByteArray();
            assertThat(packed).as(name).isEqualTo(Files.readAllBytes(Path.of("..", "shared", "data", "la-level",
                    name)));
        }
    }

    private void write(String name, String content) throws IOException {
        Path file = folder.resolve("retention-" + name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        AttendanceFiles.Outcome outcome = files.importFile(file, "retention test");
        assertThat(outcome.result()).as(outcome.summary()).isEqualTo(AttendanceFiles.Outcome.Result.IMPORTED);
    }
}
