package org.schoolscope.inspection.importing;

import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.shared.Urn;

/** Reads what an inspection file says about the school itself, for the register. */
final class SchoolFactsReader {

    private final InspectionCells cells;
    private final int urn;
    private final int laestab;
    private final int name;
    private final int laName;
    private final int establishmentType;
    private final int phase;
    private final int constituency;
    private final int trustName;
    private final int numberOfPupils;
    private final int statutoryLowAge;
    private final int statutoryHighAge;
    private final int openDate;

    SchoolFactsReader(InspectionLayout.SchoolColumns columns, InspectionCells cells) {
        this.cells = cells;
        RowReader reader = cells.reader();
        this.urn = reader.require(columns.urn());
        this.laestab = column(reader, columns.laestab());
        this.name = reader.require(columns.name());
        this.laName = column(reader, columns.laName());
        this.establishmentType = column(reader, columns.establishmentType());
        this.phase = column(reader, columns.phase());
        this.constituency = column(reader, columns.constituency());
        this.trustName = column(reader, columns.trustName());
        this.numberOfPupils = column(reader, columns.numberOfPupils());
        this.statutoryLowAge = column(reader, columns.statutoryLowAge());
        this.statutoryHighAge = column(reader, columns.statutoryHighAge());
        this.openDate = column(reader, columns.openDate());
    }

    /** The position of the URN column. */
    int urnColumn() {
        return urn;
    }

    Urn urn(TabularFile.Row row) {
        Urn value = cells.urn(row, urn);
        if (value == null && cells.reader().text(row, urn) == null) {
            cells.problem(row, urn, "MISSING_URN", "Every row needs the school's URN");
        }
        return value;
    }

    SchoolFacts read(TabularFile.Row row, Urn school) {
        RowReader reader = cells.reader();
        String schoolName = reader.text(row, name);
        if (schoolName == null) {
            cells.problem(row, name, "MISSING_NAME", "Every row needs the school's name");
            return null;
        }
        Integer laestabValue = reader.integer(row, laestab);
        if (laestabValue != null && (laestabValue < 1000000 || laestabValue > 9999999)) {
            cells.problem(row, laestab, "NOT_A_LAESTAB", "'" + laestabValue + "' is not a seven-digit LAESTAB");
            laestabValue = null;
        }
        return new SchoolFacts(school, laestabValue, laestabValue == null ? null : laestabValue / 10000,
                reader.text(row, laName), schoolName, reader.text(row, establishmentType), null, null,
                reader.text(row, phase), openDate < 0 ? null : reader.date(row, openDate), null,
                reader.integerOrMarker(row, statutoryLowAge),
                reader.integerOrMarker(row, statutoryHighAge), reader.integerOrMarker(row, numberOfPupils), null,
                null, reader.text(row, trustName), null, reader.text(row, constituency), null);
    }

    private static int column(RowReader reader, String name) {
        return name == null ? -1 : reader.require(name);
    }
}
