package org.schoolscope.inspection.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schoolscope.ingest.LayoutFileImporter;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.PreparedImport;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.shared.Urn;

/** Takes in files of one declarative inspection layout: every row is read and checked before anything is written. */
final class InspectionLayoutImporter extends LayoutFileImporter<InspectionLayout> {

    private final InspectionFileWriter writer;

    InspectionLayoutImporter(InspectionLayout layout, InspectionFileWriter writer) {
        super(layout);
        this.writer = writer;
    }


    @Override
    public PreparedImport prepare(TabularFile file, ImportProgress progress) {
        RowReader reader = new RowReader(file);
        InspectionCells cells = new InspectionCells(reader, layout.codes());
        SchoolFactsReader schools = new SchoolFactsReader(layout.school(), cells);
        List<InspectionSectionReader> sections = layout.sections().stream()
                .map(section -> new InspectionSectionReader(section, layout.codes(), cells)).toList();
        // Without every column the rows cannot be read at all, so refuse before reading them.
        reader.rejectIfProblems();

        List<SchoolFacts> facts = new ArrayList<>();
        List<Inspection> inspections = new ArrayList<>();
        int rowsWithoutInspection = 0;
        int done = 0;
        for (TabularFile.Row row : file.rows()) {
            Urn urn = schools.urn(row);
            SchoolFacts school = urn == null ? null : schools.read(row, urn);
            List<Inspection> found = sections.stream().map(section -> section.read(row, urn))
                    .filter(Objects::nonNull).toList();
            if (school != null) {
                facts.add(school);
            }
            inspections.addAll(found);
            if (found.isEmpty()) {
                rowsWithoutInspection++;
            }
            if (++done % 1000 == 0) {
                progress.rowsDone(file.name(), done, file.rows().size());
            }
        }
        if (file.rows().isEmpty()) {
            reader.fileProblem("NO_ROWS", "The file has a header but no rows");
        }
        LocalDate asAt = AsAtDate.fromFileName(file.name()).orElseGet(() -> latestPublication(inspections));
        if (asAt == null && !file.rows().isEmpty()) {
            reader.fileProblem("NO_AS_AT_DATE", "The file's name has no 'as at' date and no row has a publication date");
        }
        reader.rejectIfProblems();
        progress.rowsDone(file.name(), done, file.rows().size());
        return new PreparedInspectionFile(file.rows().size(), asAt, facts, inspections, rowsWithoutInspection,
                file.name(), writer);
    }

    private static LocalDate latestPublication(List<Inspection> inspections) {
        return inspections.stream().map(i -> i.facts().publicationDate()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }
}
