package org.schoolscope.attendance.published;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DfE's published 2024-25 attendance, as packed with the module (see {@code attendance/published/PROVENANCE.md}):
 * the year to date by council or England and phase, and the weekly year-to-date persistent absence. Read as
 * published: columns by their published names, values as written.
 */
public final class PublishedAttendance {

    public static final String YEAR_TO_DATE = "attendance_dashboard_EES_ytd_2024-25_by_LA.csv";
    public static final String WEEKLY_PERSISTENT = "attendance_week29_ytd_persistent_absence_2024-25_by_LA.csv";
    public static final String SOURCE = "DfE, Pupil attendance in schools, 2024-25 year to date (" + YEAR_TO_DATE
            + ")";

    private static final Pattern WEEK = Pattern.compile("Week (\\d+)");
    private static volatile PublishedAttendance packed;

    private final List<Map<String, String>> yearToDate;
    private final List<Map<String, String>> weekly;

    private PublishedAttendance(List<Map<String, String>> yearToDate, List<Map<String, String>> weekly) {
        this.yearToDate = yearToDate;
        this.weekly = weekly;
    }

    /** The files packed in the jar, read once. */
    public static PublishedAttendance packed() {
        PublishedAttendance files = packed;
        if (files == null) {
            files = new PublishedAttendance(read(YEAR_TO_DATE), read(WEEKLY_PERSISTENT));
            packed = files;
        }
        return files;
    }

    /** One published row of the year to date: an area's figures for a phase. */
    public record YearToDate(String area, String phase, Map<String, String> columns) {

        public double number(String column) {
            String value = columns.get(column);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("The published row for " + area + " " + phase + " has no "
                        + column);
            }
            return Double.parseDouble(value);
        }
    }

    /** A council's row for a phase (Primary, Secondary, Special), if published. */
    public Optional<YearToDate> council(int laCode, String phase) {
        return yearToDate.stream().filter(row -> "Local authority".equals(row.get("geographic_level"))
                && String.valueOf(laCode).equals(row.get("old_la_code")) && phase.equals(row.get("school_type")))
                .findFirst().map(row -> new YearToDate(row.get("la_name"), phase, row));
    }

    /** England's row for a phase, or "Total". */
    public Optional<YearToDate> england(String phase) {
        return yearToDate.stream().filter(row -> "National".equals(row.get("geographic_level"))
                && phase.equals(row.get("school_type"))).findFirst()
                .map(row -> new YearToDate("England", phase, row));
    }

    /** The council's name as published, if it is in the files. */
    public Optional<String> councilName(int laCode) {
        return yearToDate.stream().filter(row -> String.valueOf(laCode).equals(row.get("old_la_code")))
                .map(row -> row.get("la_name")).findFirst();
    }

    /** One week's published year-to-date persistent absence. */
    public record WeekFigure(int week, double persistentPercent) {
    }

    /** The weekly year-to-date persistent absence of a council (null: England) for a phase, by DfE's week number. */
    public List<WeekFigure> weeklyPersistent(Integer laCode, String phase) {
        List<WeekFigure> weeks = new ArrayList<>();
        for (Map<String, String> row : weekly) {
            boolean area = laCode == null ? "National".equals(row.get("geographic_level"))
                    : "Local authority".equals(row.get("geographic_level"))
                            && String.valueOf(laCode).equals(row.get("old_la_code"));
            Matcher week = WEEK.matcher(row.getOrDefault("time_identifier", ""));
            if (area && phase.equals(row.get("education_phase")) && week.matches()) {
                weeks.add(new WeekFigure(Integer.parseInt(week.group(1)),
                        Double.parseDouble(row.get("persistent_absence_percent"))));
            }
        }
        weeks.sort(Comparator.comparingInt(WeekFigure::week));
        return weeks;
    }

    private static List<Map<String, String>> read(String name) {
        try (InputStream in = PublishedAttendance.class.getResourceAsStream("/attendance/published/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The packed file " + name + " is missing");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> header = null;
            for (CsvRecord record : CsvReader.builder().detectBomHeader(true).ofCsvRecord(in,
                    StandardCharsets.UTF_8)) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 0; column < header.size(); column++) {
                    row.put(header.get(column), record.getField(column));
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
