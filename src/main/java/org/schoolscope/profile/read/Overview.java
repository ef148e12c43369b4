package org.schoolscope.profile.read;

import java.util.List;

/**
 * The home page's counts. Schools are "open" unless the register records them as closed or not yet open, because
 * some sources give no status at all.
 */
public record Overview(long schoolsInRegister, long openCouncilSchools, long openCouncilMaintained,
        long openCouncilTrust, long openCouncilOther, long inspections, long figures, long importBatches,
        List<ImportBatchSummary> latestImports) {

    public Overview {
        latestImports = List.copyOf(latestImports);
    }

    public boolean nothingLoaded() {
        return schoolsInRegister == 0 && inspections == 0 && figures == 0 && importBatches == 0;
    }
}
