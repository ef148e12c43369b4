package org.schoolscope.profile.read;

import java.time.LocalDate;
import java.util.List;

/**
 * The home page's counts as at a date: the council's schools the register gives as open then, by set; how many of
 * the state-funded ones were Good or Outstanding at their latest graded inspection then; and what is loaded.
 *
 * @param stateFunded maintained schools, academies and free schools
 * @param other independent schools, further education colleges and schools whose type no file gives
 * @param goodOrBetter state-funded schools whose latest graded inspection by the date judged them Good or
 *     Outstanding overall (an inspection from September 2024 gives no overall grade, so it does not count)
 */
public record Overview(LocalDate asAt, long openCouncilSchools, long stateFunded, long openCouncilMaintained,
        long openCouncilTrust, long openCouncilOther, long goodOrBetter, long inspections, long figures,
        long importBatches, List<ImportBatchSummary> latestImports) {

    public Overview {
        latestImports = List.copyOf(latestImports);
    }

    public boolean nothingLoaded() {
        return openCouncilSchools == 0 && inspections == 0 && figures == 0 && importBatches == 0;
    }

    /** Good or better as a whole percentage of the state-funded schools, or null when there are none. */
    public Long goodOrBetterPercent() {
        return stateFunded == 0 ? null : Math.round(100.0 * goodOrBetter / stateFunded);
    }
}
