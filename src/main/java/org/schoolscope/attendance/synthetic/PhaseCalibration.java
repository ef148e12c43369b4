package org.schoolscope.attendance.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.CodeCategory;
import org.schoolscope.attendance.domain.Phase;
import org.schoolscope.attendance.published.PublishedAttendance;

/**
 * What the generator aims at for one phase, read from Birmingham's published 2024-25 year to date: how absence is
 * spread across pupils (mean, persistent and severe), the reasons for absent sessions in their published
 * proportions, how often an attended session is an approved educational activity and of which kind, and how often a
 * pupil present arrives late before the register closes, in the morning and in the afternoon. Codes withdrawn in
 * August 2024 (H, J) are not generated; Birmingham's 2024-25 rows give them 0 to 20 sessions in millions.
 */
public record PhaseCalibration(Phase phase, long enrolments, int schools, AbsenceDistribution absence,
        Map<AttendanceCode, Double> absenceReasons, double approvedShare, Map<AttendanceCode, Double> approvedKinds,
        double lateMorning, double lateAfternoon) {

    /** Birmingham, whose published figures the synthetic council reproduces. */
    public static final int CALIBRATION_COUNCIL = 330;

    /**
     * Birmingham's severe absence in 2024-25 by phase, per cent of enrolments: DfE's Local Authority Interactive Tool
     * ({@code lait_bds_long.csv.gz}, {@code SFPriSevPerAbNew}, {@code SFSecSevPerAbNew}, {@code SpecSevPerAbNew},
     * year 2025). The year-to-date file has no severe absence.
     */
    static final Map<Phase, Double> SEVERE_PERCENT = Map.of(Phase.PRIMARY, 1.22, Phase.SECONDARY, 3.52,
            Phase.SPECIAL, 8.6);

    public static List<PhaseCalibration> birmingham2024() {
        PublishedAttendance published = PublishedAttendance.packed();
        List<PhaseCalibration> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            PublishedAttendance.YearToDate row = published.council(CALIBRATION_COUNCIL, phase.label())
                    .orElseThrow(() -> new IllegalStateException("No published 2024-25 figures for Birmingham "
                            + phase.label()));
            phases.add(of(phase, row, SEVERE_PERCENT.get(phase) / 100));
        }
        return phases;
    }

    static PhaseCalibration of(Phase phase, PublishedAttendance.YearToDate row, double severe) {
        double possible = row.number("possible_sessions");
        double absent = row.number("overall_absence");
        Map<AttendanceCode, Double> reasons = new EnumMap<>(AttendanceCode.class);
        Map<AttendanceCode, Double> approved = new EnumMap<>(AttendanceCode.class);
        double approvedSessions = 0;
        for (AttendanceCode code : AttendanceCode.values()) {
            if (code.publishedColumn().isEmpty() || code.retiredOn().isPresent()) {
                continue;
            }
            double sessions = row.number(code.publishedColumn().get());
            if (code.category().absent()) {
                reasons.put(code, sessions / absent);
            } else if (code.category() == CodeCategory.APPROVED_ACTIVITY) {
                approved.put(code, sessions);
                approvedSessions += sessions;
            }
        }
        double total = approvedSessions;
        approved.replaceAll((code, sessions) -> sessions / total);
        // Present in the morning and afternoon differ by late arrivals: U (after the register closed) is a morning
        // absence, and L falls in the morning with the share that makes the published / and \ counts come out.
        double morning = row.number("reason_present_am");
        double afternoon = row.number("reason_present_pm");
        double late = row.number("reason_l_present_late_before_registers_closed");
        double lateAfterClose = row.number("reason_u_unauthorised_late_after_registers_closed");
        double inMorning = Math.max(0, Math.min(1, (1 - (morning - afternoon + lateAfterClose) / late) / 2));
        return new PhaseCalibration(phase, Math.round(row.number("total_enrolments")),
                (int) Math.round(row.number("total_num_schools")),
                new AbsenceDistribution(absent / possible, row.number("pa_perc") / 100, severe, 380), reasons,
                approvedSessions / (possible - absent), approved,
                inMorning * late / (morning + inMorning * late),
                (1 - inMorning) * late / (afternoon + (1 - inMorning) * late));
    }
}
