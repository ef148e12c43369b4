package org.schoolscope.register.imports;

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
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;

/** Takes in a register file (GIAS establishments, the performance-tables spine) laid out as one {@link Layout}. */
final class SchoolFactsImporter extends LayoutFileImporter<Layout> {

    @Override
    public boolean isRegisterSource() {
        return true;
    }

    /** Schools recorded at a time: the register reads and writes each chunk in a handful of statements. */
    static final int CHUNK = 2000;

    private final SchoolRegister register;

    SchoolFactsImporter(Layout layout, SchoolRegister register) {
        super(layout);
        this.register = register;
    }

    /**
     * Records each chunk of schools as it is read, once the date the file describes is known. That is known from
     * the file's name, as GIAS and DfE name their downloads; only a GIAS file renamed without its date is dated by
     * its latest last-changed date, which needs every row, so its schools are recorded once all are read.
     */
    @Override
    public ImportResult importRows(TabularFile file, ImportContext context) {
        RowReader reader = new RowReader(file);
        LayoutColumns columns = LayoutColumns.resolve(layout, reader);
        reader.rejectIfProblems();
        FileDating named = FileDating.fromName(layout, file.name());
        RepeatedRows repeats = new RepeatedRows();
        List<SchoolFacts> pending = new ArrayList<>();
        WriteCounts counts = WriteCounts.NONE;
        LocalDate lastChanged = null;
        String urnColumn = reader.columnName(columns.position("urn"));
        for (TabularFile.Row row : file.rows()) {
            if (context.problems().full()) {
                break;
            }
            SchoolFacts school = read(row, columns);
            if (school != null && !repeats.repeats(school.urn(), row, () -> "URN " + school.urn(), urnColumn,
                    context.problems())) {
                pending.add(school);
            }
            LocalDate changed = columns.has("lastChanged") ? columns.date(row, "lastChanged") : null;
            if (changed != null && (lastChanged == null || changed.isAfter(lastChanged))) {
                lastChanged = changed;
            }
            if (named.asAt() != null && pending.size() >= CHUNK && !context.problems().any()) {
                counts = counts.plus(write(pending, named, context));
                pending.clear();
            }
        }
        FileDating dating = named.asAt() != null ? named : FileDating.of(layout, file.name(), lastChanged, reader);
        if (context.problems().any()) {
            return ImportResult.of(WriteCounts.NONE);
        }
        Objects.requireNonNull(dating.asAt());
        counts = counts.plus(write(pending, dating, context));
        return new ImportResult(counts.plus(new WriteCounts(0, 0, 0, 0, repeats.repeated())),
                dating.academicYear() == null ? null : dating.academicYear().toString(), null, dating.asAt());
    }

    /**
     * A file of an academic year's schools (the spine) says each was open from the year's first day unless it gives
     * a later open date; a file dated by a day says what stood that day.
     */
    private WriteCounts write(List<SchoolFacts> schools, FileDating dating, ImportContext context) {
        return dating.academicYear() != null ? register.recordYear(schools, dating.academicYear(), context.batch())
                : register.record(schools, dating.asAt(), context.batch());
    }

    private SchoolFacts read(TabularFile.Row row, LayoutColumns columns) {
        RowReader reader = columns.reader();
        Integer urnNumber = columns.requiredInteger(row, "urn");
        Integer laCode = columns.requiredInteger(row, "laCode");
        String name = columns.requiredText(row, "name");
        Urn urn = null;
        if (urnNumber != null) {
            try {
                urn = new Urn(urnNumber);
            } catch (IllegalArgumentException e) {
                reader.problem(row, columns.position("urn"), "NOT_A_URN", e.getMessage());
            }
        }
        if (laCode != null) {
            try {
                new LaCode(laCode);
            } catch (IllegalArgumentException e) {
                reader.problem(row, columns.position("laCode"), "NOT_AN_LA_CODE", e.getMessage());
            }
        }
        Integer laestab = laestab(row, columns, laCode);
        return new Candidate(columns, row).facts(urn, laestab, laCode, name);
    }

    /** The spine publishes LAESTAB; GIAS publishes the establishment number, which follows the LA code. */
    private static Integer laestab(TabularFile.Row row, LayoutColumns columns, Integer laCode) {
        if (columns.has("laestab")) {
            return columns.integer(row, "laestab");
        }
        Integer number = columns.integer(row, "establishmentNumber");
        return number == null || laCode == null ? null : laCode * 10000 + number;
    }

    /** Reads the optional fields of one row. */
    private record Candidate(LayoutColumns columns, TabularFile.Row row) {

        SchoolFacts facts(Urn urn, Integer laestab, Integer laCode, String name) {
            String laName = columns.text(row, "laName");
            String type = columns.text(row, "establishmentType");
            String group = columns.text(row, "typeGroup");
            String status = columns.text(row, "status");
            String phase = columns.text(row, "phase");
            LocalDate open = columns.date(row, "openDate");
            LocalDate close = columns.date(row, "closeDate");
            Integer low = columns.integer(row, "statutoryLowAge");
            Integer high = columns.integer(row, "statutoryHighAge");
            Integer pupils = columns.integer(row, "numberOfPupils");
            String gender = columns.text(row, "gender");
            String religious = columns.text(row, "religiousCharacter");
            String trust = columns.text(row, "trustName");
            String federation = columns.text(row, "federationName");
            String constituency = columns.text(row, "constituency");
            String ward = columns.text(row, "ward");
            if (urn == null || name == null || columns.reader().hasProblems()) {
                return null;
            }
            return new SchoolFacts(urn, laestab, laCode, laName, name, type, group, status, phase, open, close, low,
                    high, pupils, gender, religious, trust, federation, constituency, ward);
        }
    }

    /** The date and year a file describes, by the layout's rule. */
    record FileDating(LocalDate asAt, AcademicYear academicYear) {

        /** The dating the file's name alone gives, with a null date when it needs the rows. */
        static FileDating fromName(Layout layout, String fileName) {
            return switch (layout.asAt()) {
                case FILE_NAME_DATE -> new FileDating(FileDates.dayIn(fileName).orElse(null), null);
                case ACADEMIC_YEAR_END -> {
                    AcademicYear year = FileDates.academicYearIn(fileName).orElse(null);
                    yield new FileDating(year == null ? null : year.lastDay(), year);
                }
                case NONE -> new FileDating(null, null);
            };
        }

        static FileDating of(Layout layout, String fileName, LocalDate latestChange, RowReader reader) {
            return switch (layout.asAt()) {
                case FILE_NAME_DATE -> {
                    LocalDate day = FileDates.dayIn(fileName).orElse(latestChange);
                    if (day == null) {
                        reader.fileProblem("NO_DATE", "The file name has no yyyymmdd date and no row has a "
                                + "last-changed date, so the date the file describes is unknown");
                    }
                    yield new FileDating(day, null);
                }
                case ACADEMIC_YEAR_END -> {
                    AcademicYear year = FileDates.academicYearIn(fileName).orElse(null);
                    if (year == null) {
                        reader.fileProblem("NO_ACADEMIC_YEAR", "The file name does not say which academic year "
                                + "it describes (for example 2017-2018_england_spine.csv)");
                    }
                    yield new FileDating(year == null ? null : year.lastDay(), year);
                }
                case NONE -> new FileDating(null, null);
            };
        }
    }
}
