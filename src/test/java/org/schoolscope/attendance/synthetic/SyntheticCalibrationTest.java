package org.schoolscope.attendance.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.attendance.domain.Phase;

/**
 * Issue 17's first "Done when": the synthetic council's year reproduces Birmingham's published 2024-25 year-to-date
 * rates by phase and by reason code within half a percentage point. The expected rates come from DfE's file in
 * {@code ../shared/data/la-level}, read here with a plain CSV reader, not through the module's own reading of its
 * packed copy; the generated rates are counted from the marks the generator hands out. A quarter of Birmingham's
 * size (about 50,000 pupils, 19 million marks) with a fixed seed: enough pupils in each phase (1,175 in special
 * schools) that one pupil more or less persistently absent moves a rate by under a tenth of a point.
 */
class SyntheticCalibrationTest {

    private static final Path LA_LEVEL = Path.of("..", "shared", "data", "la-level");
    private static final double TOLERANCE = 0.5;

    private static final Map<Phase, Counts> generated = new EnumMap<>(Phase.class);

    /** One phase's sessions by register mark, pupils with possible sessions and how many crossed each threshold. */
    static final class Counts {
        final Map<String, Long> byMark = new HashMap<>();
        long possible;
        long absent;
        long authorised;
        long unauthorised;
        long pupils;
        long persistent;
        long severe;
    }

    @BeforeAll
    static void generateAQuarterOfBirmingham() {
        SyntheticCouncilGenerator generator = new SyntheticCouncilGenerator(2024, 0.25);
        Map<org.schoolscope.shared.Urn, Phase> phases = new HashMap<>();
        generator.schools().forEach(school -> phases.put(school.school().urn(), school.school().phase()));
        generator.forEachPupil(pupil -> {
            Counts counts = generated.computeIfAbsent(phases.get(pupil.urn()), phase -> new Counts());
            long possible = 0;
            long absent = 0;
            for (byte id : pupil.marks()) {
                if (id == 0) {
                    continue;
                }
                var code = org.schoolscope.attendance.domain.AttendanceCode.byId(id);
                counts.byMark.merge(code.mark(), 1L, Long::sum);
                if (code.category().possible()) {
                    possible++;
                }
                if (code.category().absent()) {
                    absent++;
                    if (code.category() == org.schoolscope.attendance.domain.CodeCategory.UNAUTHORISED) {
                        counts.unauthorised++;
                    } else {
                        counts.authorised++;
                    }
                }
            }
            counts.possible += possible;
            counts.absent += absent;
            if (possible > 0) {
                counts.pupils++;
                counts.persistent += absent * 10 >= possible ? 1 : 0;
                counts.severe += absent * 2 >= possible ? 1 : 0;
            }
        });
    }

    @Test
    void shouldMatchBirminghamsPublishedRatesByPhaseAndReasonCodeWithinHalfAPoint() throws IOException {
        Map<String, Map<String, String>> birmingham = publishedBirmingham();
        List<String> compared = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            Map<String, String> row = birmingham.get(phase.label());
            Counts counts = generated.get(phase);
            double published = Double.parseDouble(row.get("possible_sessions"));
            for (String column : row.keySet()) {
                if (!column.startsWith("reason_") || column.equals("reason_present")) {
                    continue;
                }
                String mark = markOf(column);
                double expected = 100 * Double.parseDouble(row.get(column)) / published;
                double actual = 100.0 * counts.byMark.getOrDefault(mark, 0L) / counts.possible;
                check(phase + " " + column, expected, actual, compared, outside);
            }
            check(phase + " overall_absence_perc", Double.parseDouble(row.get("overall_absence_perc")),
                    100.0 * counts.absent / counts.possible, compared, outside);
            check(phase + " authorised_absence_perc", Double.parseDouble(row.get("authorised_absence_perc")),
                    100.0 * counts.authorised / counts.possible, compared, outside);
            check(phase + " unauthorised_absence_perc", Double.parseDouble(row.get("unauthorised_absence_perc")),
                    100.0 * counts.unauthorised / counts.possible, compared, outside);
            check(phase + " attendance_perc", Double.parseDouble(row.get("attendance_perc")),
                    100.0 - 100.0 * counts.absent / counts.possible, compared, outside);
            check(phase + " pa_perc", Double.parseDouble(row.get("pa_perc")),
                    100.0 * counts.persistent / counts.pupils, compared, outside);
        }
        compared.forEach(System.out::println);
        assertThat(outside).as("rates further than %s points from the published ones", TOLERANCE).isEmpty();
        assertThat(compared).hasSize(3 * (24 + 5));
    }

    @Test
    void shouldMatchBirminghamsPublishedSevereAbsenceByPhaseWithinHalfAPoint() throws IOException {
        Map<String, Double> severe = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(LA_LEVEL.resolve("lait_bds_long.csv.gz")))) {
            for (CsvRecord record : CsvReader.builder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
                List<String> f = record.getFields();
                if (f.size() > 5 && f.get(3).equals("Birmingham") && f.get(2).equals("2025")
                        && f.get(0).matches("SFPriSevPerAbNew|SFSecSevPerAbNew|SpecSevPerAbNew")) {
                    severe.put(f.get(0), Double.parseDouble(f.get(4)));
                }
            }
        }
        assertThat(severe).hasSize(3);
        List<String> compared = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        check("primary severe", severe.get("SFPriSevPerAbNew"), rate(Phase.PRIMARY), compared, outside);
        check("secondary severe", severe.get("SFSecSevPerAbNew"), rate(Phase.SECONDARY), compared, outside);
        check("special severe", severe.get("SpecSevPerAbNew"), rate(Phase.SPECIAL), compared, outside);
        compared.forEach(System.out::println);
        assertThat(outside).isEmpty();
    }

    private static double rate(Phase phase) {
        Counts counts = generated.get(phase);
        return 100.0 * counts.severe / counts.pupils;
    }

    private static void check(String what, double expected, double actual, List<String> compared,
            List<String> outside) {
        String line = String.format(Locale.ROOT, "%-62s published %8.4f generated %8.4f", what, expected, actual);
        compared.add(line);
        if (Math.abs(expected - actual) > TOLERANCE) {
            outside.add(line);
        }
    }

    /** The register mark a published reason column counts: reason_i_authorised_illness is I, and so on. */
    private static String markOf(String column) {
        return switch (column) {
            case "reason_present_am" -> "/";
            case "reason_present_pm" -> "\\";
            default -> column.substring("reason_".length(), column.indexOf('_', "reason_".length()))
                    .toUpperCase(Locale.ROOT);
        };
    }

    /** Birmingham's three phase rows of the published 2024-25 year-to-date file, column by column. */
    private static Map<String, Map<String, String>> publishedBirmingham() throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        Path file = LA_LEVEL.resolve("attendance_dashboard_EES_ytd_2024-25_by_LA.csv");
        List<String> header = null;
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(Files.readString(file, StandardCharsets.UTF_8))) {
            if (header == null) {
                header = record.getFields();
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.getField(i));
            }
            if ("330".equals(row.get("old_la_code")) && "Local authority".equals(row.get("geographic_level"))) {
                rows.put(row.get("school_type"), row);
            }
        }
        assertThat(rows).containsKeys("Primary", "Secondary", "Special");
        return rows;
    }
}
