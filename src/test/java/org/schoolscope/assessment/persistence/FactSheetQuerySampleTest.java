package org.schoolscope.assessment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.Observed;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fact sheets read from the Birmingham sample, checked against the published Ofsted file read independently here.
 * Same properties as SampleDataTest, so the context and its database are shared.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class FactSheetQuerySampleTest {

    private static final String OFSTED_FILE = "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv";
    private static final String SPINE_FILE = "england_spine_2017-2018_la330_birmingham.csv";
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> GRADES = List.of("Outstanding", "Good", "Requires improvement", "Inadequate");

    @Autowired
    FactSheetQuery query;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Map<Urn, SchoolFactSheet> sheets;
    private List<List<String>> ofsted;
    private List<String> header;

    private DataSnapshot everything() {
        return new DataSnapshot(jdbc.sql("select id from import_batch").query(Long.class).list(),
                LocalDate.now(clock));
    }

    @BeforeEach
    void readBirmingham() {
        sheets = query.schools(new LaCode(330), everything()).stream()
                .collect(Collectors.toMap(SchoolFactSheet::urn, Function.identity()));
        ofsted = SampleFiles.records(OFSTED_FILE, Charset.forName("windows-1252"));
        header = ofsted.get(0);
    }

    private String cell(List<String> row, String column) {
        return row.get(header.indexOf(column)).trim();
    }

    @Test
    void shouldGiveEachSchoolTheOverallEffectivenessAndAgeOfItsLatestGradedInspection() {
        int checked = 0;
        for (List<String> row : ofsted.subList(1, ofsted.size())) {
            SchoolFactSheet sheet = sheets.get(Urn.parse(cell(row, "URN")));
            String grade = cell(row, "Overall effectiveness");
            if (sheet == null || !grade.matches("[1-4]")) {
                continue;
            }
            LocalDate started = LocalDate.parse(cell(row, "Inspection start date"), DAY_MONTH_YEAR);
            FactValue overall = sheet.facts().get(StandardFacts.OVERALL_EFFECTIVENESS);
            assertThat(overall.value()).as("URN %s", sheet.urn())
                    .isEqualTo(new Observed.Text(GRADES.get(Integer.parseInt(grade) - 1)));
            // The file that first recorded the inspection: the 2023 file repeats inspections the 2018 file has.
            assertThat(overall.provenance().source()).contains("inspection starting " + started).contains("ofsted");
            assertThat(sheet.facts().get(StandardFacts.MONTHS_SINCE_GRADED).value())
                    .isEqualTo(new Observed.Number(ChronoUnit.MONTHS.between(started, LocalDate.now(clock))));
            String category = cell(row, "Category of concern");
            if (!grade.equals("4")) {
                assertThat(sheet.facts().get(StandardFacts.CATEGORY).value()).as("URN %s", sheet.urn())
                        .isEqualTo(new Observed.Text(StandardFacts.NO_CATEGORY));
            } else if (category.equals("SM") || category.equals("SWK")) {
                assertThat(sheet.facts().get(StandardFacts.CATEGORY).value()).isEqualTo(new Observed.Text(category));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void shouldSayWhenTheLatestUngradedInspectionSignalledAGradedOne() {
        int signalled = 0;
        for (List<String> row : ofsted.subList(1, ofsted.size())) {
            SchoolFactSheet sheet = sheets.get(Urn.parse(cell(row, "URN")));
            String outcome = cell(row, "Ungraded inspection overall outcome");
            if (sheet == null || outcome.isEmpty() || outcome.equals("NULL")) {
                continue;
            }
            boolean next = outcome.contains("S5 Next");
            assertThat(sheet.facts().get(StandardFacts.UNGRADED_NEXT_GRADED).value()).as("URN %s", sheet.urn())
                    .isEqualTo(new Observed.Flag(next));
            signalled += next ? 1 : 0;
        }
        assertThat(signalled).isPositive();
    }

    @Test
    void shouldGiveEachSchoolItsNewestFigurePerMeasureWithYearAndSource() {
        List<Map<String, Object>> newest = jdbc.sql("""
                select distinct on (f.urn, f.measure_code) f.urn, f.measure_code, f.academic_year, f.value,
                    f.unavailable, f.source_file
                from figure f join school s on s.urn = f.urn
                where f.scope = 'SCHOOL' and f.text_value is null and s.la_code = 330
                    and f.measure_code not in (select code from measure where unit = 'TEXT')
                    and (s.status is null or s.status not like 'Closed%')
                order by f.urn, f.measure_code, f.academic_year desc""").query().listOfRows();
        assertThat(newest).hasSizeGreaterThan(1000);
        boolean sawUnavailable = false;
        int checked = 0;
        for (Map<String, Object> figure : newest) {
            SchoolFactSheet sheet = sheets.get(new Urn((Integer) figure.get("urn")));
            if (sheet == null) {
                // A school the register gives as closed today, or succeeded by an academy, is not assessed.
                continue;
            }
            checked++;
            FactValue fact = sheet.facts().get((String) figure.get("measure_code"));
            assertThat(fact.provenance().year().toString()).isEqualTo(figure.get("academic_year"));
            assertThat(fact.provenance().source()).isEqualTo(figure.get("source_file"));
            if (figure.get("unavailable") != null) {
                assertThat(fact.value()).isEqualTo(new Observed.NotAvailable((String) figure.get("unavailable")));
                sawUnavailable = true;
            } else {
                assertThat(((Observed.Number) fact.value()).value())
                        .isEqualTo(((java.math.BigDecimal) figure.get("value")).doubleValue());
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(sawUnavailable).as("the sample has suppressed figures").isTrue();
    }

    @Test
    void shouldReadEnglandsFiguresForAllSchoolsAndPerPhase() {
        NationalFigures england = query.england(everything());
        List<String> measures = jdbc.sql("""
                select distinct measure_code from figure
                where scope = 'ENGLAND' and breakdown = '' and text_value is null
                    and measure_code not in (select code from measure where unit = 'TEXT')""").query(String.class).list();
        assertThat(measures).isNotEmpty();
        assertThat(england.byMeasure()).containsOnlyKeys(measures);
        List<String> primaryMeasures = jdbc.sql("""
                select distinct measure_code from figure
                where scope = 'ENGLAND' and breakdown = 'State-funded primary' and text_value is null
                    and measure_code not in (select code from measure where unit = 'TEXT')""")
                .query(String.class).list();
        primaryMeasures.forEach(measure -> assertThat(england.hasPhaseFigure(measure, "Primary")).isTrue());
    }

    @Test
    void shouldReadOnlyTheSnapshotsImportsAndCountMonthsToItsDay() {
        long ofsted2018 = jdbc.sql("select id from import_batch where file_name like 'england_ofsted-schools_31_July_2018%'")
                .query(Long.class).single();
        LocalDate asOf = LocalDate.of(2018, 7, 31);
        List<SchoolFactSheet> then = query.schools(new LaCode(330), new DataSnapshot(List.of(ofsted2018), asOf));

        // The schools open on the snapshot's day: none the spine gives a close date before it.
        List<List<String>> spine = SampleFiles.records(SPINE_FILE, Charset.forName("windows-1252"));
        int closeDate = spine.get(0).indexOf("CLOSEDATE");
        List<Urn> closedBefore = spine.stream().skip(1).filter(row -> !row.get(closeDate).isBlank()
                && LocalDate.parse(row.get(closeDate).trim()).isBefore(asOf)).map(row -> Urn.parse(row.get(0)))
                .toList();
        assertThat(closedBefore).hasSize(4);
        assertThat(then).extracting(SchoolFactSheet::urn).doesNotContainAnyElementsOf(closedBefore);
        assertThat(then).hasSizeGreaterThan(spine.size() - 1 - 31);
        List<FactValue> overall = then.stream().map(sheet -> sheet.facts().get(StandardFacts.OVERALL_EFFECTIVENESS))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(overall).hasSizeGreaterThan(200).allSatisfy(fact -> assertThat(fact.provenance().source())
                .endsWith("england_ofsted-schools_31_July_2018_birmingham.csv"));
        assertThat(then).allSatisfy(sheet -> assertThat(sheet.facts().keySet())
                .allMatch(fact -> fact.startsWith("ofsted."), "only Ofsted facts: no figure file is in the snapshot"));
        SchoolFactSheet inspected = then.stream()
                .filter(sheet -> sheet.facts().containsKey(StandardFacts.MONTHS_SINCE_GRADED)).findFirst().orElseThrow();
        // DfE's 2018 file gives an inspection's last day only; the first day a later Ofsted file filled in is not
        // in this snapshot's imports, so the months count from the day the 2018 file gives (issue 11, item 6).
        LocalDate started = LocalDate.parse(inspected.facts().get(StandardFacts.MONTHS_SINCE_GRADED).provenance()
                .source().replaceAll(".*(?:starting|ending) (\\d{4}-\\d{2}-\\d{2}).*", "$1"));
        assertThat(inspected.facts().get(StandardFacts.MONTHS_SINCE_GRADED).value())
                .isEqualTo(new Observed.Number(ChronoUnit.MONTHS.between(started, asOf)));
        assertThat(query.england(new DataSnapshot(List.of(ofsted2018), asOf)).byMeasure()).isEmpty();
    }
}
