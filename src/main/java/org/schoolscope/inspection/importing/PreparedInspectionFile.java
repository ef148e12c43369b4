package org.schoolscope.inspection.importing;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.PreparedImport;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.register.SchoolFacts;

/** A checked inspection file: the schools it describes and the inspections it reports, ready to write. */
record PreparedInspectionFile(int rowsRead, LocalDate asAt, List<SchoolFacts> schools, List<Inspection> inspections,
        int rowsWithoutInspection, String sourceFile, InspectionFileWriter writer) implements PreparedImport {

    PreparedInspectionFile {
        schools = List.copyOf(schools);
        inspections = List.copyOf(inspections);
    }

    @Override
    public String academicYear() {
        return null;
    }

    @Override
    public String releaseStage() {
        return null;
    }

    @Override
    public WriteCounts write(ImportBatch batch) {
        return writer.write(this, batch);
    }
}
