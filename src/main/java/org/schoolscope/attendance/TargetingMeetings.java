package org.schoolscope.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.FollowUp;
import org.schoolscope.attendance.domain.Meeting;
import org.schoolscope.attendance.domain.PupilWeeks;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.attendance.domain.TermCalendar;
import org.schoolscope.attendance.domain.TermDates;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.attendance.persistence.AnalysisQuery;
import org.schoolscope.attendance.persistence.EnrolmentStore;
import org.schoolscope.attendance.persistence.MeetingStore;
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
 * The termly targeting meeting DfE's guidance asks a council to hold with each school: the pack (pupils persistently
 * or severely absent or at risk, their trajectory and reasons, and the support agreed for them before with whether
 * their attendance improved since), the meeting's append-only record, and the council-wide view of meetings held and
 * due. Every read of a pack and every record made is in the audit log.
 */
@Service
public class TargetingMeetings {

    private final PupilAttendance pupilAttendance;
    private final PupilQuery pupils;
    private final AnalysisQuery analysis;
    private final MeetingStore meetings;
    private final EnrolmentStore enrolments;
    private final SchoolStore schools;
    private final TermStore terms;
    private final SchoolScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetingMeetings(PupilAttendance pupilAttendance, PupilQuery pupils, AnalysisQuery analysis,
            MeetingStore meetings, EnrolmentStore enrolments, SchoolStore schools, TermStore terms, SchoolScope scope,
            ApplicationEventPublisher events, Clock clock) {
        this.pupilAttendance = pupilAttendance;
        this.pupils = pupils;
        this.analysis = analysis;
        this.meetings = meetings;
        this.enrolments = enrolments;
        this.schools = schools;
        this.terms = terms;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Support agreed for a pupil at an earlier meeting, and whether their attendance improved since. */
    public record EarlierAction(LocalDate agreedOn, String term, String support, String owner, String before,
            String since, String outcome) {
    }

    /** A pupil in the pack: their attendance now and what was agreed for them before. */
    public record PackPupil(PupilLine pupil, List<EarlierAction> earlier) {
    }

    /** A meeting of this term as recorded, pupils by reference. */
    public record MeetingRecord(long id, LocalDate heldOn, List<String> attendees, String recordedBy,
            List<ActionLine> actions) {
    }

    public record ActionLine(String reference, String support, String owner) {
    }

    /** Everything the pack shows. */
    public record Pack(AttendanceSchool school, AcademicYear year, TermDates term, LocalDate standsAt,
            long sessionsLeftInTerm, List<PackPupil> pupils, List<MeetingRecord> meetings, TermDates previous,
            TermDates next) {

        public long severe() {
            return pupils.stream().filter(p -> p.pupil().severe()).count();
        }

        public long persistent() {
            return pupils.stream().filter(p -> p.pupil().persistent()).count();
        }

        public long atRisk() {
            return pupils.stream().filter(p -> p.pupil().atRisk()).count();
        }
    }

    /** What the person recording a meeting typed. */
    public record MeetingInput(String heldOn, String attendees, Map<Integer, ActionInput> actions) {
    }

    public record ActionInput(String support, String owner) {
    }

    @Transactional
    public Pack pack(Urn urn, AcademicYear year, Term term, String actor) {
        AttendanceSchool school = pupilAttendance.school(urn);
        TermCalendar calendar = terms.calendar(school.laCode());
        TermDates dates = calendar.find(year, term).orElseThrow(() -> new AttendanceNotFoundException(
                "No " + term.label() + " term " + year + " is on record for council " + school.laCode()));
        LocalDate[] span = analysis.span(school.laCode()).orElseThrow(() -> new AttendanceNotFoundException(
                "No marks are held for school " + urn));
        LocalDate latest = span[1].isAfter(dates.lastDay()) ? dates.lastDay() : span[1];
        if (latest.isBefore(year.firstDay())) {
            throw new AttendanceNotFoundException("No marks are held for " + year + " yet");
        }
        LocalDate standsAt = analysis.asAt(school.laCode(), latest).orElseThrow().day();
        long left = 2L * (dates.contains(standsAt) ? dates.schoolDaysAfter(standsAt)
                : standsAt.isBefore(dates.firstDay()) ? dates.schoolDaysAfter(dates.firstDay().minusDays(1)) : 0);
        List<PupilQuery.PupilRow> rows = pupils.pupils(urn, year, WeekMarks.monday(standsAt));
        Map<Integer, PupilQuery.PupilRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.enrolmentId(), row));
        List<Meeting> held = meetings.meetings(urn, year);
        Map<Integer, List<EarlierAction>> earlier = new LinkedHashMap<>();
        for (Meeting meeting : held) {
            if (meeting.term().ordinal() >= term.ordinal()) {
                continue;
            }
            TermDates meetingTerm = calendar.find(year, meeting.term()).orElse(dates);
            for (Meeting.Action action : meeting.actions()) {
                PupilQuery.PupilRow row = byId.get(action.enrolmentId());
                if (row == null) {
                    continue;
                }
                earlier.computeIfAbsent(action.enrolmentId(), id -> new ArrayList<>())
                        .add(followUp(row.weeks(), meeting, meetingTerm, action, standsAt));
            }
        }
        Map<Integer, PupilLine> lines = new LinkedHashMap<>();
        rows.stream().map(row -> PupilLine.of(row, standsAt, left, pupilAttendance.margin()))
                .filter(line -> line.possible() > 0 && (line.flagged() || earlier.containsKey(line.enrolmentId())))
                .sorted(PupilLine.MOST_ABSENT_FIRST).forEach(line -> lines.put(line.enrolmentId(), line));
        List<PackPupil> packPupils = lines.values().stream()
                .map(line -> new PackPupil(line, earlier.getOrDefault(line.enrolmentId(), List.of()))).toList();
        Map<Integer, String> references = new HashMap<>();
        rows.forEach(row -> references.put(row.enrolmentId(), PupilPseudonyms.reference(row.pupilKey())));
        List<MeetingRecord> records = held.stream().filter(meeting -> meeting.term() == term)
                .map(meeting -> new MeetingRecord(meeting.id(), meeting.heldOn(), meeting.attendees(),
                        meeting.recordedBy(), meeting.actions().stream().map(action -> new ActionLine(
                                references.getOrDefault(action.enrolmentId(), ""), action.support(), action.owner()))
                                .toList()))
                .toList();
        events.publishEvent(new AttendanceAudit(actor, "read", AttendanceAudit.PUPILS, urn.toString(),
                "read the targeting-meeting pack of school " + urn + " for the " + dates.label() + " ("
                        + packPupils.size() + " pupils)"));
        return new Pack(school, year, dates, standsAt, left, packPupils, records, calendar.before(dates).orElse(null),
                calendar.after(dates).orElse(null));
    }

    /** Attendance from the start of the meeting's term to the meeting, against attendance since. */
    private static EarlierAction followUp(PupilWeeks weeks, Meeting meeting, TermDates meetingTerm,
            Meeting.Action action, LocalDate standsAt) {
        FollowUp followUp = new FollowUp(weeks.between(meetingTerm.firstDay(), meeting.heldOn()),
                weeks.between(meeting.heldOn().plusDays(1), standsAt));
        return new EarlierAction(meeting.heldOn(), meeting.term().label() + " term", action.support(), action.owner(),
                rate(followUp.before()), rate(followUp.since()),
                followUp.outcome().label());
    }

    private static String rate(org.schoolscope.attendance.domain.SessionTotals totals) {
        return totals.possible() == 0 ? "no sessions" : PupilLine.percent(totals.attendanceRate(), totals.possible());
    }

    /** Records a meeting as given, or refuses it with every problem; returns the meeting's id. */
    @Transactional
    public long record(Urn urn, AcademicYear year, Term term, MeetingInput input, String actor) {
        AttendanceSchool school = pupilAttendance.school(urn);
        TermDates dates = terms.calendar(school.laCode()).find(year, term).orElseThrow(
                () -> new AttendanceNotFoundException("No " + term.label() + " term " + year + " is on record"));
        List<MeetingRefusedException.Problem> problems = new ArrayList<>();
        LocalDate heldOn = null;
        try {
            heldOn = LocalDate.parse(input.heldOn() == null ? "" : input.heldOn().strip());
            if (heldOn.isAfter(LocalDate.now(clock))) {
                problems.add(new MeetingRefusedException.Problem("heldOn", "The meeting date cannot be in the future"));
            } else if (!dates.contains(heldOn)) {
                problems.add(new MeetingRefusedException.Problem("heldOn", "The meeting date must be in the "
                        + dates.label() + ", " + dates.firstDay().format(PupilLine.DAY) + " to "
                        + dates.lastDay().format(PupilLine.DAY)));
            }
        } catch (DateTimeParseException notADate) {
            problems.add(new MeetingRefusedException.Problem("heldOn",
                    "Enter the date the meeting was held, for example 2024-11-20"));
        }
        List<String> attendees = input.attendees() == null ? List.of()
                : Arrays.stream(input.attendees().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                        .toList();
        if (attendees.isEmpty()) {
            problems.add(new MeetingRefusedException.Problem("attendees",
                    "Enter who attended, one person and their role on each line"));
        }
        List<MeetingStore.NewAction> actions = new ArrayList<>();
        Set<Integer> known = enrolments.ofSchool(input.actions().keySet(), urn.value(), year);
        input.actions().forEach((enrolment, action) -> {
            String support = action.support() == null ? "" : action.support().strip();
            String owner = action.owner() == null ? "" : action.owner().strip();
            if (support.isEmpty() && owner.isEmpty()) {
                return;
            }
            if (!known.contains(enrolment)) {
                problems.add(new MeetingRefusedException.Problem("support-" + enrolment,
                        "This pupil is not on the school's roll this year"));
            } else if (support.isEmpty()) {
                problems.add(new MeetingRefusedException.Problem("support-" + enrolment,
                        "Enter the support agreed, or remove the owner"));
            } else if (owner.isEmpty()) {
                problems.add(new MeetingRefusedException.Problem("owner-" + enrolment,
                        "Enter who owns the support agreed"));
            } else {
                actions.add(new MeetingStore.NewAction(enrolment, support, owner));
            }
        });
        if (!problems.isEmpty()) {
            throw new MeetingRefusedException(problems);
        }
        long id = meetings.record(new MeetingStore.NewMeeting(urn, year, term, heldOn, attendees, actions), actor,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(new AttendanceAudit(actor, "create", AttendanceAudit.MEETING, Long.toString(id),
                "recorded targeting meeting " + id + " with school " + urn + " for the " + dates.label() + ", "
                        + actions.size() + " pupils with support agreed"));
        return id;
    }

    /** Where a school stands with one term's meeting. */
    public enum MeetingState {
        HELD, DUE, NOT_HELD, NOT_YET_DUE
    }

    public record TermStatus(TermDates term, MeetingState state, LocalDate latest, int meetings) {
    }

    public record SchoolMeetings(AttendanceSchool school, List<TermStatus> terms) {
    }

    /** The council's meetings held and due in a year, school by school, within the viewer's schools. */
    public record Overview(int laCode, AcademicYear year, List<TermDates> terms, List<SchoolMeetings> schools,
            LocalDate today) {

        public long count(MeetingState state) {
            return schools.stream().flatMap(school -> school.terms().stream())
                    .filter(status -> status.state() == state).count();
        }
    }

    @Transactional(readOnly = true)
    public Overview overview(int laCode, AcademicYear year) {
        List<AttendanceSchool> councilSchools = schools.schools(laCode).stream()
                .filter(school -> scope.maySee(school.urn()))
                .sorted(Comparator.comparing(AttendanceSchool::name, AttendanceReports.NATURAL)).toList();
        if (councilSchools.isEmpty()) {
            throw new AttendanceNotFoundException("No attendance is held for council " + laCode);
        }
        List<TermDates> yearTerms = terms.calendar(laCode).terms().stream()
                .filter(term -> term.year().equals(year)).toList();
        Map<String, MeetingStore.Held> held = new HashMap<>();
        meetings.held(laCode, year).forEach(h -> held.put(h.urn() + ":" + h.term(), h));
        LocalDate today = LocalDate.now(clock);
        List<SchoolMeetings> rows = new ArrayList<>();
        for (AttendanceSchool school : councilSchools) {
            List<TermStatus> statuses = new ArrayList<>();
            for (TermDates term : yearTerms) {
                MeetingStore.Held meeting = held.get(school.urn() + ":" + term.term());
                MeetingState state = meeting != null ? MeetingState.HELD
                        : today.isAfter(term.lastDay()) ? MeetingState.NOT_HELD
                                : today.isBefore(term.firstDay()) ? MeetingState.NOT_YET_DUE : MeetingState.DUE;
                statuses.add(new TermStatus(term, state, meeting == null ? null : meeting.latest(),
                        meeting == null ? 0 : meeting.meetings()));
            }
            rows.add(new SchoolMeetings(school, statuses));
        }
        return new Overview(laCode, year, yearTerms, rows, today);
    }

    /** The academic years with marks for the council, latest first. */
    @Transactional(readOnly = true)
    public List<AcademicYear> years(int laCode) {
        Set<AcademicYear> years = new LinkedHashSet<>();
        terms.calendar(laCode).terms().stream().map(TermDates::year).sorted(Comparator.reverseOrder())
                .forEach(years::add);
        return List.copyOf(years);
    }
}
