package org.schoolscope.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.TermCalendar;
import org.schoolscope.attendance.domain.TermDates;
import org.schoolscope.attendance.persistence.AnalysisQuery;
import org.schoolscope.attendance.persistence.PupilQuery;
import org.schoolscope.attendance.persistence.SchoolScope;
import org.schoolscope.attendance.persistence.SchoolStore;
import org.schoolscope.attendance.persistence.TermStore;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every pupil of a school as at a day, for the council's attendance officers and the school's headteacher. Each read
 * is recorded in the audit log, in the same transaction, with how many pupils it showed.
 */
@Service
public class PupilAttendance {

    private final SchoolStore schools;
    private final AnalysisQuery analysis;
    private final PupilQuery pupils;
    private final TermStore terms;
    private final SchoolScope scope;
    private final AttendanceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PupilAttendance(SchoolStore schools, AnalysisQuery analysis, PupilQuery pupils, TermStore terms, SchoolScope scope,
            AttendanceProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.schools = schools;
        this.analysis = analysis;
        this.pupils = pupils;
        this.terms = terms;
        this.scope = scope;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A school's pupils as at a day, most absent first. */
    public record PupilReport(AttendanceSchool school, LocalDate requested, LocalDate standsAt, TermDates term,
            long sessionsLeftInTerm, int margin, List<PupilLine> pupils) {

        public long flagged() {
            return pupils.stream().filter(PupilLine::flagged).count();
        }
    }

    @Transactional
    public PupilReport pupils(Urn urn, LocalDate requested, String actor) {
        AttendanceSchool school = school(urn);
        LocalDate day = requested == null ? LocalDate.now(clock) : requested;
        LocalDate[] span = analysis.span(school.laCode()).orElseThrow(() -> new AttendanceNotFoundException(
                "No marks are held for school " + urn));
        AnalysisQuery.AsAt asAt = analysis.asAt(school.laCode(), day.isBefore(span[0]) ? span[0] : day)
                .orElseThrow();
        TermCalendar calendar = terms.calendar(school.laCode());
        Optional<TermDates> term = termFor(calendar, asAt.day());
        long left = term.map(t -> 2L * (t.contains(asAt.day()) ? t.schoolDaysAfter(asAt.day())
                : t.schoolDaysAfter(t.firstDay().minusDays(1)))).orElse(0L);
        List<PupilLine> lines = lines(urn, asAt.day(), left);
        events.publishEvent(new AttendanceAudit(actor, "read", AttendanceAudit.PUPILS, urn.toString(),
                "read the attendance of " + lines.size() + " pupils at school " + urn + " as at " + asAt.day()));
        return new PupilReport(school, day, asAt.day(), term.orElse(null), left, properties.atRiskMargin(), lines);
    }

    /** Each pupil of the school in the day's academic year, as at the day; not audited (callers audit). */
    List<PupilLine> lines(Urn urn, LocalDate day, long sessionsLeftInTerm) {
        return pupils.pupils(urn, AcademicYear.containing(day), org.schoolscope.attendance.domain.WeekMarks.monday(day))
                .stream().map(row -> PupilLine.of(row, day, sessionsLeftInTerm, properties.atRiskMargin()))
                .filter(line -> line.possible() > 0).sorted(PupilLine.MOST_ABSENT_FIRST).toList();
    }

    int margin() {
        return properties.atRiskMargin();
    }

    /** The school, if attendance is held for it and the viewer may see it; "not found" otherwise. */
    AttendanceSchool school(Urn urn) {
        return schools.school(urn).filter(found -> scope.maySee(found.urn()))
                .orElseThrow(() -> new AttendanceNotFoundException("No attendance is held for school " + urn));
    }

    /** The term a day is in or, in a holiday, the next one. */
    static Optional<TermDates> termFor(TermCalendar calendar, LocalDate day) {
        Optional<TermDates> on = calendar.on(day);
        if (on.isPresent()) {
            return on;
        }
        return calendar.terms().stream().filter(term -> term.firstDay().isAfter(day)).findFirst();
    }
}
