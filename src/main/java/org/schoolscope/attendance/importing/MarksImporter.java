package org.schoolscope.attendance.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.schoolscope.attendance.PupilPseudonyms;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.Session;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.attendance.persistence.EnrolmentIndex;
import org.schoolscope.attendance.persistence.EnrolmentStore;
import org.schoolscope.attendance.persistence.PupilKey;
import org.schoolscope.attendance.persistence.SchoolStore;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * Reads a file of marks (either marks layout) as a stream and checks every row, building the weeks' marks for the
 * council's year in memory: ten bytes per enrolment per week the file covers, whatever its length. Nothing is
 * written here; a file with any problem is refused whole with each problem's line and column.
 */
@Component
public class MarksImporter {

    private final SchoolStore schools;
    private final EnrolmentStore enrolments;
    private final PupilPseudonyms pseudonyms;
    private final Clock clock;

    MarksImporter(SchoolStore schools, EnrolmentStore enrolments, PupilPseudonyms pseudonyms, Clock clock) {
        this.schools = schools;
        this.enrolments = enrolments;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** A checked file: the council's year, its weeks' marks (by Monday), and the rows read. */
    public record ParsedMarks(EnrolmentIndex index, NavigableMap<LocalDate, byte[]> weeks, long rows) {
    }

    /** A unique pupil number as written: a capital letter, 11 digits, and a digit or capital letter. */
    static boolean isPupilNumber(String text) {
        if (text.length() != 13 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 12; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        char last = text.charAt(12);
        return last >= '0' && last <= '9' || last >= 'A' && last <= 'Z';
    }

    public ParsedMarks parse(CsvInput input, String file, AttendanceLayout layout, List<String> header) {
        Reading reading = new Reading(file, layout, layout.positions(header), header.size());
        while (input.hasNext()) {
            reading.row(input.next());
        }
        reading.problems.refuseIfAny();
        if (reading.index == null) {
            throw Problems.whole(file, ImportCheck.NO_MARK, "The file has no marks");
        }
        return new ParsedMarks(reading.index, reading.weeks, reading.rows);
    }

    /** The state of one file's reading. */
    private final class Reading {

        final String file;
        final AttendanceLayout layout;
        final int[] at;
        final int fields;
        final Problems problems;
        final LocalDate today = LocalDate.now(clock);
        final Map<Integer, AttendanceSchool> schoolsByUrn = new HashMap<>();
        final Map<String, LocalDate> dates = new HashMap<>();
        /** Dates already found to be good, as written: the checks run once per date, not once per row. */
        final Map<String, LocalDate> checkedDates = new HashMap<>();
        final Map<String, AttendanceSchool> schoolsByText = new HashMap<>();
        final Map<Integer, Map<String, Integer>> pupils = new HashMap<>();
        final PupilPseudonyms.Hasher hasher = pseudonyms.hasher();
        final NavigableMap<LocalDate, byte[]> weeks = new TreeMap<>();
        Integer council;
        AcademicYear year;
        EnrolmentIndex index;
        long rows;

        Reading(String file, AttendanceLayout layout, int[] at, int fields) {
            this.file = file;
            this.layout = layout;
            this.at = at;
            this.fields = fields;
            this.problems = new Problems(file);
            for (Integer la : schools.councils()) {
                schools.schools(la).forEach(school -> schoolsByUrn.put(school.urn().value(), school));
            }
        }

        void row(CsvRecord record) {
            rows++;
            long line = record.getStartingLineNumber();
            if (record.getFieldCount() != fields) {
                problems.add(line, null, ImportCheck.FIELD_COUNT, "The row has " + record.getFieldCount()
                        + " fields where the header has " + fields);
                return;
            }
            long before = problems.count();
            String upn = record.getField(at[0]);
            if (!isPupilNumber(upn)) {
                upn = upn.strip().toUpperCase(java.util.Locale.ROOT);
                if (upn.isEmpty()) {
                    problems.add(line, "upn", ImportCheck.BLANK_VALUE);
                } else if (!isPupilNumber(upn)) {
                    problems.add(line, "upn", ImportCheck.BAD_PUPIL_NUMBER);
                }
            }
            AttendanceSchool school = school(record.getField(at[1]), line);
            LocalDate date = date(record.getField(at[2]), line);
            AttendanceCode[] marks = new AttendanceCode[2];
            if (layout == AttendanceLayout.MARKS_BY_DAY) {
                marks[0] = code(record.getField(at[3]), Session.MORNING, date, line, "am_mark");
                marks[1] = code(record.getField(at[4]), Session.AFTERNOON, date, line, "pm_mark");
                if (marks[0] == null && marks[1] == null && record.getField(at[3]).isBlank()
                        && record.getField(at[4]).isBlank()) {
                    problems.add(line, "am_mark", ImportCheck.NO_MARK);
                }
            } else {
                Session session = session(record.getField(at[3]), line);
                if (record.getField(at[4]).isBlank()) {
                    problems.add(line, "mark", ImportCheck.BLANK_VALUE);
                } else if (session != null) {
                    marks[session.index()] = code(record.getField(at[4]), session, date, line, "mark");
                }
            }
            if (problems.count() > before || school == null || date == null) {
                return;
            }
            OptionalInt enrolment = enrolment(upn, school, line);
            if (enrolment.isEmpty()) {
                return;
            }
            byte[] week = weeks.computeIfAbsent(WeekMarks.monday(date),
                    monday -> new byte[index.size() * WeekMarks.SLOTS]);
            for (Session session : Session.values()) {
                AttendanceCode code = marks[session.index()];
                if (code == null) {
                    continue;
                }
                int slot = enrolment.getAsInt() * WeekMarks.SLOTS + WeekMarks.slot(date.getDayOfWeek(), session);
                if (week[slot] != 0) {
                    problems.add(line, layout == AttendanceLayout.MARKS_BY_DAY
                            ? (session == Session.MORNING ? "am_mark" : "pm_mark") : "mark",
                            ImportCheck.DUPLICATE_MARK, "The file already gave a mark for this pupil's "
                                    + session.abbreviation() + " session on " + date);
                } else {
                    week[slot] = code.id();
                }
            }
        }

        private AttendanceSchool school(String text, long line) {
            AttendanceSchool school = schoolsByText.get(text);
            if (school == null) {
                Integer urn = number(text);
                school = urn == null ? null : schoolsByUrn.get(urn);
                if (school != null) {
                    schoolsByText.put(text, school);
                }
            }
            if (school == null) {
                fail(line, "urn", ImportCheck.UNKNOWN_SCHOOL);
                return null;
            }
            if (council == null) {
                council = school.laCode();
            } else if (council != school.laCode()) {
                fail(line, "urn", ImportCheck.MIXED_COUNCILS);
                return null;
            }
            return school;
        }

        private LocalDate date(String text, long line) {
            LocalDate checked = checkedDates.get(text);
            if (checked != null) {
                return checked;
            }
            LocalDate date = dates.get(text);
            if (date == null) {
                try {
                    date = LocalDate.parse(text.strip());
                } catch (DateTimeParseException notADate) {
                    fail(line, "date", ImportCheck.BAD_DATE);
                    return null;
                }
                dates.put(text, date);
            }
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                fail(line, "date", ImportCheck.NOT_A_WEEKDAY);
                return null;
            }
            if (date.isAfter(today)) {
                fail(line, "date", ImportCheck.FUTURE_DATE);
                return null;
            }
            AcademicYear of = AcademicYear.containing(date);
            if (year == null) {
                year = of;
            } else if (!year.equals(of)) {
                fail(line, "date", ImportCheck.MIXED_YEARS, "A file holds one academic year (" + year + "); "
                        + date + " is in " + of);
                return null;
            }
            checkedDates.put(text, date);
            return date;
        }

        private Session session(String text, long line) {
            String value = text.strip().toUpperCase(java.util.Locale.ROOT);
            for (Session session : Session.values()) {
                if (session.abbreviation().equals(value)) {
                    return session;
                }
            }
            fail(line, "session", ImportCheck.BAD_SESSION);
            return null;
        }

        private AttendanceCode code(String text, Session session, LocalDate date, long line, String column) {
            if (text.isBlank()) {
                return null;
            }
            AttendanceCode code = AttendanceCode.ofMark(text).orElse(null);
            if (code == null) {
                fail(line, column, ImportCheck.UNKNOWN_CODE, "'" + text.strip()
                        + "' is not one of the national attendance and absence codes");
                return null;
            }
            if (date != null && !code.usableOn(date)) {
                fail(line, column, ImportCheck.RETIRED_CODE);
                return null;
            }
            if (!code.allowedIn(session)) {
                fail(line, column, ImportCheck.WRONG_SESSION);
                return null;
            }
            return code;
        }

        private OptionalInt enrolment(String upn, AttendanceSchool school, long line) {
            if (index == null) {
                index = enrolments.index(council, year);
            }
            Map<String, Integer> atSchool = pupils.computeIfAbsent(school.urn().value(), urn -> new HashMap<>());
            Integer known = atSchool.get(upn);
            if (known == null) {
                known = index.indexOf(new PupilKey(hasher.key(upn), school.urn().value())).orElse(-1);
                atSchool.put(upn, known);
            }
            if (known < 0) {
                fail(line, "upn", ImportCheck.UNKNOWN_PUPIL, "This pupil is not in the pupil characteristics "
                        + "imported for school " + school.urn() + " in " + year);
                return OptionalInt.empty();
            }
            return OptionalInt.of(known);
        }

        private void fail(long line, String column, ImportCheck check) {
            fail(line, column, check, check.description());
        }

        private void fail(long line, String column, ImportCheck check, String message) {
            problems.add(line, column, check, message);
        }

        private Integer number(String text) {
            try {
                int value = Integer.parseInt(text.strip());
                return value >= 100000 && value <= 999999 ? new Urn(value).value() : null;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }
}
