package org.schoolscope.inspection.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schoolscope.ingest.ImportContext;
import org.schoolscope.ingest.ImportResult;
import org.schoolscope.ingest.LayoutFileImporter;
import org.schoolscope.ingest.RepeatedRows;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.shared.Urn;

/**
 * Takes in files of one declarative inspection layout, streamed in chunks inside the import's transaction: a problem in
 * any row refuses the file and undoes what was written. An inspection file names each school it describes (name,
 * LAESTAB, phase, type, as Ofsted publishes them from GIAS), so it records those schools in the register too; it is a
 * register source for them, and its rows are not checked against the register as figure rows are.
 */
final class InspectionLayoutImporter extends LayoutFileImporter<InspectionLayout> {

    /** Rows written at a time: each chunk's schools and their inspection histories are read in a few queries. */
    private static final int CHUNK = 1000;

    private final InspectionFileWriter writer;

    @Override
    public boolean isRegisterSource() {
        return true;
    }

    InspectionLayoutImporter(InspectionLayout layout, InspectionFileWriter writer) {
        super(layout);
        this.writer = writer;
    }


    @Override
    public ImportResult importRows(TabularFile file, ImportContext context) {
        RowReader reader = new RowReader(file);
        InspectionCells cells = new InspectionCells(reader, layout.codes());
        SchoolFactsReader schools = new SchoolFactsReader(layout.school(), cells);
        List<InspectionSectionReader> sections = layout.sections().stream()
                .map(section -> new InspectionSectionReader(section, layout.codes(), cells)).toList();
        // Without every column the rows cannot be read at all, so refuse before reading them.
        reader.rejectIfProblems();

        // A file is dated by its name ("as at 31 Aug 2023"), so its rows can be written as they are read; one
        // renamed without the date is dated by its latest publication date, which needs every row first.
        LocalDate named = AsAtDate.fromFileName(file.name()).orElse(null);
        RepeatedRows repeats = new RepeatedRows();
        String urnColumn = reader.columnName(schools.urnColumn());
        List<SchoolFacts> facts = new ArrayList<>();
        List<Inspection> inspections = new ArrayList<>();
        LocalDate latestPublication = null;
        WriteCounts counts = WriteCounts.NONE;
        int rowsWithoutInspection = 0;
        for (TabularFile.Row row : file.rows()) {
            if (context.problems().full()) {
                break;
            }
            Urn urn = schools.urn(row);
            SchoolFacts school = urn == null ? null : schools.read(row, urn);
            List<Inspection> found = sections.stream().map(section -> section.read(row, urn))
                    .filter(Objects::nonNull).toList();
            if (urn != null && repeats.repeats(urn, row, () -> "URN " + urn, urnColumn, context.problems())) {
                continue;
            }
            if (school != null) {
                facts.add(school);
            }
            inspections.addAll(found);
            if (found.isEmpty()) {
                rowsWithoutInspection++;
            }
            for (Inspection inspection : found) {
                LocalDate published = inspection.facts().publicationDate();
                if (published != null && (latestPublication == null || published.isAfter(latestPublication))) {
                    latestPublication = published;
                }
            }
            if (named != null && facts.size() >= CHUNK && !context.problems().any()) {
                counts = counts.plus(writer.write(facts, inspections, named, layout.registerList(), context.batch(),
                        context.options().again()));
                facts.clear();
                inspections.clear();
            }
        }
        if (file.rowsRead() == 0) {
            reader.fileProblem("NO_ROWS", "The file has a header but no rows");
        }
        LocalDate asAt = named != null ? named : latestPublication;
        if (asAt == null && file.rowsRead() > 0) {
            reader.fileProblem("NO_AS_AT_DATE", "The file's name has no 'as at' date and no row has a publication date");
        }
        if (context.problems().any()) {
            return ImportResult.of(WriteCounts.NONE);
        }
        counts = counts.plus(writer.write(facts, inspections, asAt, layout.registerList(), context.batch(),
                context.options().again()));
        return new ImportResult(counts.plus(new WriteCounts(0, 0, 0, rowsWithoutInspection, repeats.repeated())),
                null, null, asAt);
    }
}
