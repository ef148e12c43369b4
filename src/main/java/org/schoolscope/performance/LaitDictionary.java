package org.schoolscope.performance;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LAIT's data dictionary ({@code lait_data_dictionary.csv}, as DfE publishes it): for each measure ({@code
 * Measure_short}, the {@code Short Desc} of the long file) its plain-English name, topic, polarity, unit ({@code
 * y_axis_name}), decimal places and year type. Fourteen measures are listed twice, under two topics, with the same
 * polarity, unit and year type; the first listing is taken.
 */
final class LaitDictionary {

    /** Measure codes are the dictionary's own, under {@code lait.}, so they never meet a school-level measure's. */
    static final String PREFIX = "lait.";

    /** One measure of the dictionary: how it is stored, how its years are counted, its decimal places (or null). */
    record Entry(FigureLayout.MeasureColumn measure, PublishedPeriod.Type periodType, String yearType, Integer decimals) {
    }

    private final Map<String, Entry> entries;

    private LaitDictionary(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static LaitDictionary read(String name, InputStream in) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord record : csv) {
                String shortName = record.getField("Measure_short").trim();
                if (shortName.isEmpty() || entries.containsKey(shortName)) {
                    continue;
                }
                String label = record.getField("Measure").trim();
                String yearType = record.getField("Year_Type").trim();
                entries.put(shortName, new Entry(new FigureLayout.MeasureColumn("Values", PREFIX + shortName,
                        label.isEmpty() ? shortName : label, unitOf(record.getField("y_axis_name")),
                        higherIsBetter(record.getField("Polarity")), record.getField("Topic").trim()),
                        PublishedPeriod.Type.of(yearType), yearType, decimals(record.getField("dps"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read LAIT's data dictionary " + name, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read LAIT's data dictionary " + name + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("LAIT's data dictionary " + name + " lists no measure");
        }
        return new LaitDictionary(entries);
    }

    Optional<Entry> entry(String shortName) {
        return Optional.ofNullable(entries.get(shortName));
    }

    /** Every measure the dictionary defines, to record before a file's figures are written. */
    List<FigureLayout.MeasureColumn> measures() {
        return new ArrayList<>(entries.values().stream().map(Entry::measure).toList());
    }

    /** "High" is better, "Low" is better; "-" and "NA" say neither (a count, a context figure). */
    static Boolean higherIsBetter(String polarity) {
        return switch (polarity.trim()) {
            case "High" -> Boolean.TRUE;
            case "Low" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The unit the dictionary's axis name states: "% ..." and absence or turnover rates are percentages; "Rate per
     * 10,000" a rate; "Spend" and "Unit Cost" pounds; averages and scores a score; numbers, entries, cases and staff
     * counts a count. Any other axis is taken as a number on its own scale (a score).
     */
    static FigureLayout.Unit unitOf(String axisName) {
        String axis = axisName.trim().toLowerCase(Locale.ROOT);
        if (axis.startsWith("%") || axis.equals("absence rate") || axis.equals("turnover rate")) {
            return FigureLayout.Unit.PERCENT;
        }
        if (axis.startsWith("rate per")) {
            return FigureLayout.Unit.RATE;
        }
        if (axis.equals("spend") || axis.equals("unit cost")) {
            return FigureLayout.Unit.MONEY;
        }
        if (axis.startsWith("number") || axis.equals("entries") || axis.equals("total cases")
                || axis.equals("social workers") || axis.endsWith(" fte")) {
            return FigureLayout.Unit.COUNT;
        }
        return FigureLayout.Unit.SCORE;
    }

    private static Integer decimals(String dps) {
        String text = dps.trim();
        return text.matches("\\d+") ? Integer.valueOf(text) : null;
    }
}
