package org.schoolscope.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The code table against DfE's published year-to-date files: every reason column they publish for 2024-25 and
 * 2025-26 names a code here, in the category its name says (authorised, unauthorised, approved educational
 * activity, present), and every code counted as a possible session, apart from presence itself, is published.
 */
class AttendanceCodeTest {

    private static final Path LA_LEVEL = Path.of("..", "shared", "data", "la-level");

    @Test
    void shouldMatchTheReasonColumnsOfThePublishedYearToDateFiles() throws IOException {
        for (String year : List.of("2024-25", "2025-26")) {
            String header = Files.readAllLines(LA_LEVEL.resolve("attendance_dashboard_EES_ytd_" + year
                    + "_by_LA.csv")).get(0).replace("\"", "");
            List<String> reasons = Arrays.stream(header.split(",")).filter(c -> c.startsWith("reason_"))
                    .filter(c -> !c.equals("reason_present")).toList();
            assertThat(reasons).as(year).hasSize(24);
            Map<String, AttendanceCode> byColumn = Arrays.stream(AttendanceCode.values())
                    .filter(code -> code.publishedColumn().isPresent())
                    .collect(Collectors.toMap(code -> code.publishedColumn().get(), code -> code));
            assertThat(byColumn.keySet()).as(year).containsExactlyInAnyOrderElementsOf(reasons);
            for (String column : reasons) {
                AttendanceCode code = byColumn.get(column);
                if (categoryNamedIn(column) != null) {
                    assertThat(code.category()).as(column).isEqualTo(categoryNamedIn(column));
                }
                if (!column.startsWith("reason_present_")) {
                    String mark = column.split("_")[1].toUpperCase(Locale.ROOT);
                    assertThat(code.mark()).as(column).isEqualTo(mark);
                }
            }
        }
    }

    @Test
    void shouldStoreEachCodeAsItsOwnByte() {
        assertThat(Arrays.stream(AttendanceCode.values()).map(AttendanceCode::id).distinct().count())
                .isEqualTo(AttendanceCode.values().length);
        for (AttendanceCode code : AttendanceCode.values()) {
            assertThat(AttendanceCode.byId(code.id())).isEqualTo(code);
            assertThat(AttendanceCode.ofMark(code.mark())).contains(code);
        }
        assertThat(AttendanceCode.ofId(0)).isEmpty();
    }

    @Test
    void shouldRetireTheCodesTheTwentyTwentyFourRegulationsWithdrew() {
        assertThat(AttendanceCode.HOLIDAY_AUTHORISED.usableOn(java.time.LocalDate.of(2024, 8, 18))).isTrue();
        assertThat(AttendanceCode.HOLIDAY_AUTHORISED.usableOn(java.time.LocalDate.of(2024, 8, 19))).isFalse();
        assertThat(AttendanceCode.INTERVIEW.usableOn(java.time.LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(AttendanceCode.PRESENT_MORNING.allowedIn(Session.AFTERNOON)).isFalse();
    }

    private static CodeCategory categoryNamedIn(String column) {
        if (column.startsWith("reason_present_") || column.contains("_present_")) {
            return CodeCategory.PRESENT;
        }
        if (column.contains("_unauthorised")) {
            return CodeCategory.UNAUTHORISED;
        }
        if (column.contains("_authorised")) {
            return CodeCategory.AUTHORISED;
        }
        if (column.contains("_aea_")) {
            return CodeCategory.APPROVED_ACTIVITY;
        }
        return null;
    }

    /**
     * Every published row's totals are the sums of its reason columns by this table's categories: present sessions,
     * approved educational activities, authorised and unauthorised absence (so N, whose column name says no
     * category, is placed as DfE places it).
     */
    @Test
    void shouldAddUpToEveryPublishedRowsTotalsByCategory() throws IOException {
        List<List<String>> records = new java.util.ArrayList<>();
        for (var record : de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(
                LA_LEVEL.resolve("attendance_dashboard_EES_ytd_2024-25_by_LA.csv"))) {
            records.add(record.getFields());
        }
        List<String> header = records.get(0);
        Map<CodeCategory, String> totals = Map.of(CodeCategory.PRESENT, "present_sessions",
                CodeCategory.APPROVED_ACTIVITY, "approved_educational_activity", CodeCategory.AUTHORISED,
                "authorised_absence", CodeCategory.UNAUTHORISED, "unauthorised_absence");
        int rows = 0;
        for (List<String> values : records.subList(1, records.size())) {
            String line = String.join(",", values);
            if (values.stream().anyMatch(value -> value.matches("[cxzu]"))) {
                continue; // a small council's suppressed counts
            }
            for (Map.Entry<CodeCategory, String> total : totals.entrySet()) {
                double sum = 0;
                for (AttendanceCode code : AttendanceCode.values()) {
                    if (code.category() == total.getKey() && code.publishedColumn().isPresent()) {
                        sum += Double.parseDouble(values.get(header.indexOf(code.publishedColumn().get())));
                    }
                }
                // Some published totals differ from their reasons' sum by a few hundred sessions in millions (at
                // most 0.11%); a code in the wrong category would move them by more (N is 3% of unauthorised).
                assertThat(sum).as("%s in %s", total.getValue(), line.substring(0, 60)).isCloseTo(
                        Double.parseDouble(values.get(header.indexOf(total.getValue()))), withinPercentage(0.2));
            }
            rows++;
        }
        assertThat(rows).as("rows with nothing suppressed").isGreaterThan(400);
    }
}
