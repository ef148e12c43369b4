package org.schoolscope.attendance;

import org.schoolscope.attendance.domain.Suppression;
import org.schoolscope.attendance.persistence.AnalysisQuery;

/**
 * One group's attendance as shown on a page or in a download: counts of pupils and the rates worked out from them,
 * with small counts replaced by "c" the way DfE's statistics do.
 */
public record FigureLine(String key, String label, String pupils, String attendance, String authorised,
        String unauthorised, String persistent, String persistentRate, String severe, String severeRate) {

    static FigureLine of(String key, String label, AnalysisQuery.Group group, Suppression suppression) {
        long pupils = group.pupils();
        return new FigureLine(key, label, suppression.count(pupils),
                suppression.sessionRate(pupils, group.totals().attendanceRate()),
                suppression.sessionRate(pupils, group.totals().percent(group.totals().authorised())),
                suppression.sessionRate(pupils, group.totals().percent(group.totals().unauthorised())),
                suppression.count(group.persistent()),
                suppression.rate(group.persistent(), pupils, group.persistentRate()),
                suppression.count(group.severe()), suppression.rate(group.severe(), pupils, group.severeRate()));
    }
}
