package org.schoolscope.attendance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schoolscope.attendance.domain.AbsenceRisk;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.PupilCharacteristics;
import org.schoolscope.attendance.domain.PupilWeeks;
import org.schoolscope.attendance.domain.SenProvision;
import org.schoolscope.attendance.domain.SessionTotals;
import org.schoolscope.attendance.persistence.PupilQuery;

/**
 * One pupil's attendance as at a day, as an attendance officer or the pupil's headteacher reads it: the pseudonymous
 * reference (never the pupil number), year group and characteristics, sessions, attendance and absence by kind and
 * main reasons, whether and since which week they are persistently or severely absent, and whether they are at risk
 * of becoming persistently absent by the end of the term.
 */
public record PupilLine(int enrolmentId, String reference, String yearGroup, String characteristics, long possible,
        String attendance, String authorised, String unauthorised, String reasons, boolean persistent,
        String persistentSince, boolean severe, String severeSince, boolean atRisk, long sessionsToPersistent,
        String status, List<String> trajectory) {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    /** Severe first, then persistent, at risk, and the rest; within each, lowest attendance first. */
    static final Comparator<PupilLine> MOST_ABSENT_FIRST = Comparator.comparingInt(PupilLine::rank)
            .thenComparing(PupilLine::attendanceValue);

    static PupilLine of(PupilQuery.PupilRow row, LocalDate day, long sessionsLeftInTerm, int margin) {
        PupilWeeks weeks = row.weeks();
        SessionTotals totals = weeks.asAt(day);
        boolean persistent = totals.persistentlyAbsent();
        boolean severe = totals.severelyAbsent();
        boolean atRisk = AbsenceRisk.atRisk(totals, sessionsLeftInTerm, margin);
        long toPersistent = AbsenceRisk.sessionsToPersistent(totals, sessionsLeftInTerm);
        String status = severe ? "Severely absent" : persistent ? "Persistently absent"
                : atRisk ? "At risk" : "Not flagged";
        return new PupilLine(row.enrolmentId(), PupilPseudonyms.reference(row.pupilKey()),
                GroupLabels.yearGroup(row.characteristics().yearGroup()), characteristics(row.characteristics()),
                totals.possible(), percent(totals.attendanceRate(), totals.possible()),
                percent(totals.percent(totals.authorised()), totals.possible()),
                percent(totals.percent(totals.unauthorised()), totals.possible()), reasons(weeks.byCode(day)),
                persistent, weeks.persistentSince(day).map(PupilLine::weekOf).orElse(""), severe,
                weeks.severeSince(day).map(PupilLine::weekOf).orElse(""), atRisk, toPersistent, status,
                trajectory(weeks, day));
    }

    public boolean flagged() {
        return persistent || severe || atRisk;
    }

    private int rank() {
        return severe ? 0 : persistent ? 1 : atRisk ? 2 : 3;
    }

    private double attendanceValue() {
        return attendance.isEmpty() ? 100 : Double.parseDouble(attendance.replace("%", ""));
    }

    static String percent(double value, long possible) {
        return possible == 0 ? "" : String.format(Locale.UK, "%.1f%%", value);
    }

    static String weekOf(LocalDate monday) {
        return "week of " + monday.format(DAY);
    }

    private static String characteristics(PupilCharacteristics pupil) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(pupil.freeSchoolMeals())) {
            parts.add("Free school meals");
        }
        if (pupil.senProvision() == SenProvision.SEN_SUPPORT) {
            parts.add("SEN support");
        } else if (pupil.senProvision() == SenProvision.EHC_PLAN) {
            parts.add("EHC plan");
        }
        if (Boolean.TRUE.equals(pupil.englishAdditionalLanguage())) {
            parts.add("English as an additional language");
        }
        if (Boolean.TRUE.equals(pupil.childInCare())) {
            parts.add("In care");
        }
        return String.join(", ", parts);
    }

    /** The three reasons for most absent sessions, e.g. "Illness (I) 12, Other unauthorised (O) 6". */
    private static String reasons(Map<AttendanceCode, Integer> byCode) {
        return byCode.entrySet().stream().filter(entry -> entry.getKey().category().absent())
                .sorted(Map.Entry.<AttendanceCode, Integer>comparingByValue().reversed()).limit(3)
                .map(entry -> entry.getKey().meaning() + " (" + entry.getKey().mark() + "): " + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Year-to-date attendance at the end of each month, e.g. "Sep 96.0%". */
    private static List<String> trajectory(PupilWeeks weeks, LocalDate day) {
        List<String> points = new ArrayList<>();
        List<PupilWeeks.WeekPoint> trajectory = weeks.trajectory(day);
        for (int i = 0; i < trajectory.size(); i++) {
            PupilWeeks.WeekPoint point = trajectory.get(i);
            boolean lastOfMonth = i == trajectory.size() - 1
                    || trajectory.get(i + 1).monday().getMonth() != point.monday().getMonth();
            if (lastOfMonth && point.totals().possible() > 0) {
                points.add(point.monday().format(MONTH) + " " + percent(point.totals().attendanceRate(), 1));
            }
        }
        return points;
    }
}
