package org.schoolscope.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schoolscope.ingest.FileImporter;
import org.schoolscope.ingest.ImportContext;
import org.schoolscope.ingest.ImportResult;
import org.schoolscope.ingest.PublishedValue;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DfE's Local Authority Interactive Tool dataset ({@code lait_bds_long.csv.gz}), read as published: long, one figure a
 * row ({@code Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region}) for every council, region and
 * England. The declarative layouts read one measure per column, so this long file has its own reader; the figures
 * go through the same {@link FigureWriter} as every other file's (one transaction, refused whole, the same file
 * twice changes nothing, a corrected value keeps the version it replaces).
 *
 * <p>Each measure is labelled, united and oriented by LAIT's data dictionary ({@link LaitDictionary}) and stored as
 * {@code lait.} and its short name; each row's period is read by the measure's year type ({@link PublishedPeriod}).
 * "-" is "not available", never zero. LA number 970 is England; a row whose {@code Region} is "NA" is a region, kept
 * with its code (984 the West Midlands); the councils, regions and England named are recorded as benchmark areas,
 * each council with its region, so a school's figures are set beside its region's.
 */
@Component
class LaitFileImporter implements FileImporter {

    static final String KIND = "lait-long";
    static final String DICTIONARY = "lait_data_dictionary.csv";
    private static final int ENGLAND = 970;
    private static final String NOT_AVAILABLE = "-";
    private static final PublishedValue.NotAvailable DASH = new PublishedValue.NotAvailable(NOT_AVAILABLE,
            "Not available: LAIT publishes '-' where it has no figure (not collected, not published or suppressed)");

    private final FigureWriter writer;
    private final JdbcClient jdbc;
    private final String layoutDirectory;
    private LaitDictionary dictionary;

    LaitFileImporter(FigureWriter writer, JdbcClient jdbc,
            @Value("${schoolscope.import.layout-directory:}") String layoutDirectory) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.layoutDirectory = layoutDirectory;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "DfE Local Authority Interactive Tool (LAIT), long format";
    }

    @Override
    public List<String> signature() {
        return List.of("Short Desc", "Data item", "Years", "LA and Regions", "Values", "LA Number", "Region");
    }

    /** The dictionary a council put beside its own layouts, or else the one shipped (see its PROVENANCE.md). */
    synchronized LaitDictionary dictionary() {
        if (dictionary == null) {
            Path own = layoutDirectory.isBlank() ? null : Path.of(layoutDirectory, DICTIONARY);
            try (InputStream in = own != null && Files.isRegularFile(own) ? Files.newInputStream(own)
                    : new ClassPathResource("performance/lait/" + DICTIONARY).getInputStream()) {
                dictionary = LaitDictionary.read(own != null && Files.isRegularFile(own) ? own.toString() : DICTIONARY,
                        in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read LAIT's data dictionary", e);
            }
        }
        return dictionary;
    }

    @Override
    public ImportResult importRows(TabularFile file, ImportContext context) {
        RowReader reader = new RowReader(file);
        int measureColumn = reader.require("Short Desc");
        int yearsColumn = reader.require("Years");
        int nameColumn = reader.require("LA and Regions");
        int valueColumn = reader.require("Values");
        int codeColumn = reader.require("LA Number");
        int regionColumn = reader.require("Region");
        reader.rejectIfProblems();
        LaitDictionary measures = dictionary();
        List<FigureLayout.MeasureColumn> recorded = measures.measures();
        Map<String, String> measureColumns = new HashMap<>();
        recorded.forEach(m -> measureColumns.put(m.code(), "Values"));

        Set<List<String>> releases = new HashSet<>();
        Areas areas = new Areas();
        int skipped = 0;
        boolean straight = !context.careful();
        WriteCounts counts;
        try (FigureStage stage = straight ? writer.straight(recorded, context) : writer.stage(context)) {
            for (TabularFile.Row row : file.rows()) {
                if (context.problems().full()) {
                    break;
                }
                String shortName = reader.text(row, measureColumn);
                LaitDictionary.Entry entry = shortName == null ? null : measures.entry(shortName).orElse(null);
                String raw = row.value(valueColumn);
                PublishedValue value = value(raw);
                if (value == null) {
                    reader.problem(row, valueColumn, "NOT_A_NUMBER", "'" + raw
                            + "' is neither a number nor '-' (not available) nor a published marker such as x or c");
                }
                Integer code = reader.integer(row, codeColumn);
                if (code == null && reader.text(row, codeColumn) == null) {
                    reader.problem(row, codeColumn, "MISSING_LA", "A row has no LA number");
                }
                if (entry == null) {
                    reader.problem(row, measureColumn, "UNKNOWN_MEASURE", (shortName == null ? "A row has no measure"
                            : "'" + shortName + "' is not a measure of LAIT's data dictionary") + ": put the"
                            + " dictionary published with this file, " + DICTIONARY + ", in the layout folder"
                            + " (schoolscope.import.layout-directory)");
                    continue;
                }
                if (entry.periodType() == null) {
                    reader.problem(row, yearsColumn, "UNKNOWN_YEAR_TYPE", "LAIT's data dictionary gives measure '"
                            + shortName + "' the year type '" + entry.yearType() + "', which is not known");
                    continue;
                }
                String years = reader.text(row, yearsColumn);
                PublishedPeriod period;
                try {
                    period = PublishedPeriod.of(years, entry.periodType());
                } catch (IllegalArgumentException e) {
                    if ("0".equals(years) && value instanceof PublishedValue.NotAvailable) {
                        // LAIT lists one measure (CINPermExclusion) for a year "0" with no value anywhere: the row
                        // says nothing, and no period can be given it.
                        skipped++;
                        continue;
                    }
                    reader.problem(row, yearsColumn, "NOT_A_PERIOD", e.getMessage());
                    continue;
                }
                if (value == null || code == null || context.problems().any()) {
                    continue;
                }
                String region = reader.text(row, regionColumn);
                FigureLayout.Scope scope = code == ENGLAND ? FigureLayout.Scope.ENGLAND
                        : "NA".equals(region) ? FigureLayout.Scope.REGION : FigureLayout.Scope.LOCAL_AUTHORITY;
                stage.add(row.line(), scope, null, scope == FigureLayout.Scope.ENGLAND ? null : code, "",
                        entry.measure().code(), period.text(), period.releaseStage(), value, raw);
                releases.add(List.of(entry.measure().code(), period.text(), period.releaseStage()));
                areas.note(code, reader.text(row, nameColumn), scope, region);
            }
            if (context.problems().any()) {
                return ImportResult.of(WriteCounts.NONE);
            }
            stage.finish();
            counts = straight ? new WriteCounts((int) stage.figures(), 0, 0, 0)
                    : writer.store(recorded, measureColumns, releases, context);
        }
        if (counts == null) {
            return ImportResult.of(WriteCounts.NONE);
        }
        areas.record(context.batch().id());
        return new ImportResult(counts.plus(new WriteCounts(0, 0, 0, skipped)), null, null, null);
    }

    /**
     * A published value: "-" is not available; a number is the stored double LAIT writes out in full
     * ({@code 7.0000000000000007E-2}), kept as the shortest decimal that is the same double (0.07); the text as
     * published is kept beside it.
     */
    static PublishedValue value(String raw) {
        String text = raw.trim();
        if (text.equals(NOT_AVAILABLE)) {
            return DASH;
        }
        PublishedValue value = PublishedValue.parseNumber(text);
        if (value instanceof PublishedValue.Number number
                && (number.value().precision() > 15 || text.indexOf('E') >= 0 || text.indexOf('e') >= 0)) {
            double stored = number.value().doubleValue();
            if (Double.isFinite(stored)) {
                return new PublishedValue.Number(BigDecimal.valueOf(stored));
            }
        }
        return value;
    }

    /** The councils, regions and England the file names, recorded as benchmark areas once its figures are stored. */
    private final class Areas {

        private final Map<Integer, String[]> named = new LinkedHashMap<>();

        void note(int code, String name, FigureLayout.Scope scope, String region) {
            if (name != null) {
                named.put(code, new String[] {name, scope.name(), region});
            }
        }

        void record(long importId) {
            Map<String, Integer> regions = new HashMap<>();
            named.forEach((code, area) -> {
                if (area[1].equals(FigureLayout.Scope.REGION.name())) {
                    regions.put(key(area[0]), code);
                    // LAIT names London's halves "London (Inner)" as regions and "Inner London" as a council's region.
                    java.util.regex.Matcher part = java.util.regex.Pattern.compile("(.+) \\((.+)\\)").matcher(area[0]);
                    if (part.matches()) {
                        regions.put(key(part.group(2) + " " + part.group(1)), code);
                    }
                }
            });
            named.forEach((code, area) -> jdbc.sql("""
                    insert into benchmark_area (code, name, kind, region_code, import_id) values (?, ?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                        region_code = excluded.region_code, import_id = excluded.import_id""")
                    .params(code, area[0], area[1], area[2] == null ? null : regions.get(key(area[2])), importId)
                    .update());
        }

        private static String key(String name) {
            return name.trim().toLowerCase(Locale.ROOT);
        }
    }
}
