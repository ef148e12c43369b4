package org.schoolscope.attendance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Attendance settings, under {@code schoolscope.attendance}.
 *
 * @param pupilKeySecret the council's secret that pupils' identifiers are hashed with (HMAC-SHA256) before anything
 *        is stored; from the environment ({@code SCHOOLSCOPE_ATTENDANCE_PUPIL_KEY_SECRET}), at least 16 characters.
 *        With none set, pupil-level files cannot be imported and the synthetic council cannot be generated.
 * @param suppressBelow counts of pupils from 1 to one less than this are shown as "c" (5 unless set)
 * @param atRiskMargin a pupil is "at risk" when this many further absences or fewer would make them persistently
 *        absent by the end of the term (6 sessions, three days, unless set)
 * @param retentionYears pupil-level attendance and targeting-meeting records are kept for this many years after the
 *        end of their academic year (3 unless set)
 */
@ConfigurationProperties("schoolscope.attendance")
public record AttendanceProperties(String pupilKeySecret, Integer suppressBelow, Integer atRiskMargin,
        Integer retentionYears) {

    public static final int MINIMUM_SECRET_LENGTH = 16;

    public AttendanceProperties {
        suppressBelow = suppressBelow == null ? 5 : suppressBelow;
        atRiskMargin = atRiskMargin == null ? 6 : atRiskMargin;
        retentionYears = retentionYears == null ? 3 : retentionYears;
        if (suppressBelow < 1) {
            throw new IllegalArgumentException("schoolscope.attendance.suppress-below is at least 1");
        }
        if (atRiskMargin < 1) {
            throw new IllegalArgumentException("schoolscope.attendance.at-risk-margin is at least 1");
        }
        if (retentionYears < 1) {
            throw new IllegalArgumentException("schoolscope.attendance.retention-years is at least 1");
        }
        if (pupilKeySecret != null && !pupilKeySecret.isBlank() && pupilKeySecret.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("schoolscope.attendance.pupil-key-secret must be at least "
                    + MINIMUM_SECRET_LENGTH + " characters");
        }
    }

    public boolean hasSecret() {
        return pupilKeySecret != null && !pupilKeySecret.isBlank();
    }
}
