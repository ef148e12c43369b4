package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.inspection.InspectionFiles.OUTCOMES_2023;
import static org.schoolscope.inspection.InspectionFiles.bytes;
import static org.schoolscope.inspection.InspectionFiles.count;
import static org.schoolscope.inspection.InspectionFiles.importResource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.InspectionFiles;
import org.schoolscope.inspection.InspectionRecorded;
import org.schoolscope.inspection.InspectionTestConfiguration;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.RecordingSchoolRegister;
import org.schoolscope.inspection.domain.CategoryOfConcern;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.KeyJudgementArea;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.inspection.domain.UngradedInspection;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The 78-column "state-funded schools inspections and outcomes" file, on a byte-identical extract of the published
 * Birmingham rows. Expected values are read from the CSV here by column name, independently of the layout YAML.
 */
@SpringBootTest
@Import(InspectionTestConfiguration.class)
@RecordApplicationEvents
class OfstedOutcomesImportTest {

    private static final DateTimeFormatter OFSTED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ImportService imports;

    @Autowired
    Inspections inspections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSchoolRegister register;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void emptyDatabase() {
        InspectionFiles.clear(jdbc);
        register.clear();
    }

    @Test
    void shouldImportEveryInspectionOfRandomSchoolsExactlyAsPublished() {
        ImportReport report = importResource(imports, OUTCOMES_2023);
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("ofsted-state-funded-schools-outcomes");

        List<NamedCsvRecord> rows = publishedRows();
        long seed = System.nanoTime();
        List<NamedCsvRecord> sample = new ArrayList<>(rows);
        Collections.shuffle(sample, new Random(seed));
        for (NamedCsvRecord row : sample.subList(0, 12)) {
            Urn urn = Urn.parse(row.getField("URN"));
            List<Inspection> history = inspections.history(urn);
            String context = "school " + urn + " (shuffle seed " + seed + ")";
            checkGraded(history, row, "", context);
            checkGraded(history, row, "Previous ", context);
            checkUngraded(history, row, context);
            assertThat(history).as(context).hasSize(expectedCount(row));
        }
    }

    @Test
    void shouldStoreNothingForAJudgementPublishedAsNine() {
        importResource(imports, OUTCOMES_2023);
        // 103123's latest graded inspection (September 2012) predates the 2019 key judgements: all but leadership
        // and management are published as 9, and so is safeguarding.
        SingleGradeInspection latest = (SingleGradeInspection) inspections.latestGraded(new Urn(103123)).orElseThrow();
        assertThat(latest.facts().inspectionNumber()).isEqualTo("ITS400584");
        assertThat(latest.overallEffectiveness()).isEqualTo(OverallEffectiveness.GOOD);
        assertThat(latest.keyJudgements()).containsExactlyEntriesOf(
                Map.of(KeyJudgementArea.LEADERSHIP_AND_MANAGEMENT, OverallEffectiveness.GOOD));
        assertThat(latest.safeguarding()).isNull();
        Long stored = jdbc.sql("""
                select count(*) from inspection_judgement j join inspection i on i.id = j.inspection_id
                where i.inspection_number = 'ITS400584' and i.kind = 'GRADED'""").query(Long.class).single();
        assertThat(stored).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inspection_judgement where grade in ('9', '8')").query(Long.class)
                .single()).isZero();
    }

    @Test
    void shouldKeepThePreviousGradedInspectionAsHistory() {
        importResource(imports, OUTCOMES_2023);
        // 138432 is an academy; its previous graded inspection was of its predecessor, 103400, under a notice to improve.
        List<Inspection> history = inspections.history(new Urn(138432));
        assertThat(history).filteredOn(Inspection::isGraded).hasSize(2);
        SingleGradeInspection previous = (SingleGradeInspection) history.stream().filter(Inspection::isGraded)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(previous.facts().inspectionNumber()).isEqualTo("ITS355374");
        assertThat(previous.categoryOfConcern()).isEqualTo(CategoryOfConcern.NOTICE_TO_IMPROVE);
        assertThat(previous.facts().urnAtInspection()).isEqualTo(new Urn(103400));
        assertThat(previous.facts().wasOfAPredecessor()).isTrue();
        assertThat(previous.facts().schoolNameAtInspection()).isEqualTo("St Clement's Church of England Primary School");
        assertThat(inspections.latestGraded(new Urn(138432))).get().isNotEqualTo(previous);
    }

    @Test
    void shouldRecordAnUngradedInspectionThatConvertedBesideTheGradedOneItBecame() {
        importResource(imports, OUTCOMES_2023);
        List<Inspection> history = inspections.history(new Urn(103130));
        UngradedInspection ungraded = history.stream().filter(UngradedInspection.class::isInstance)
                .map(UngradedInspection.class::cast).findFirst().orElseThrow();
        assertThat(ungraded.convertedToGraded()).isTrue();
        assertThat(ungraded.outcome()).isNull();
        assertThat(ungraded.facts().inspectionNumber()).isEqualTo("10211263");
        assertThat(inspections.latestGraded(new Urn(103130))).get()
                .satisfies(graded -> assertThat(graded.facts().inspectionNumber()).isEqualTo("10211263"));
    }

    @Test
    void shouldPassTheSchoolFactsTheFileCarriesToTheRegister() {
        ImportReport report = importResource(imports, OUTCOMES_2023);
        assertThat(register.recorded()).hasSize(36);
        RecordingSchoolRegister.Recorded recorded = register.last(147009).orElseThrow();
        assertThat(recorded.asAt()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(recorded.batch().id()).isEqualTo(report.importId());
        NamedCsvRecord row = publishedRows().stream().filter(r -> r.getField("URN").equals("147009")).findFirst()
                .orElseThrow();
        SchoolFacts facts = recorded.facts();
        assertThat(facts.laestab()).isEqualTo(Integer.valueOf(row.getField("LAESTAB")));
        assertThat(facts.laCode()).isEqualTo(330);
        assertThat(facts.name()).isEqualTo(row.getField("School name"));
        assertThat(facts.laName()).isEqualTo("Birmingham");
        assertThat(facts.establishmentType()).isEqualTo(row.getField("Type of education"));
        assertThat(facts.phase()).isEqualTo(row.getField("Ofsted phase"));
        assertThat(facts.constituency()).isEqualTo(row.getField("Parliamentary constituency"));
        assertThat(facts.trustName()).isEqualTo(row.getField("Multi-academy trust name")).isNotBlank();
        assertThat(facts.numberOfPupils()).isEqualTo(Integer.valueOf(row.getField("Total number of pupils")));
        assertThat(facts.statutoryLowAge()).isEqualTo(Integer.valueOf(row.getField("Statutory lowest age")));
        assertThat(facts.statutoryHighAge()).isEqualTo(Integer.valueOf(row.getField("Statutory highest age")));
        // The register places the school in time by the open date the file publishes (01/05/2019 for 147009).
        assertThat(facts.openDate()).isEqualTo(LocalDate.parse(row.getField("School open date"),
                DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void shouldChangeNothingWhenTheSameInspectionsArriveAgain() {
        ImportReport first = importResource(imports, OUTCOMES_2023);
        long stored = count(jdbc, "inspection");
        long judgements = count(jdbc, "inspection_judgement");
        assertThat(events.stream(InspectionRecorded.class)).hasSize((int) stored);

        ImportReport sameFile = importResource(imports, OUTCOMES_2023);
        assertThat(sameFile.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);

        // The same rows in different bytes (a title row above the header, as some Ofsted editions have).
        byte[] withTitle = concat("Management information - state-funded schools - as at 31 August 2023\r\n"
                .getBytes(StandardCharsets.UTF_8), bytes(OUTCOMES_2023));
        ImportReport again = imports.importBytes("republished_as_at_31_Aug_2023.csv", withTitle, "test",
                ImportProgress.SILENT);
        assertThat(again.outcome()).as(again.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(again.counts().added()).isZero();
        assertThat(again.counts().changed()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(first.counts().added());
        assertThat(count(jdbc, "inspection")).isEqualTo(stored);
        assertThat(count(jdbc, "inspection_judgement")).isEqualTo(judgements);
        assertThat(events.stream(InspectionRecorded.class)).hasSize((int) stored);
    }

    @Test
    void shouldAnnounceEachNewInspection() {
        ImportReport report = importResource(imports, OUTCOMES_2023);
        List<InspectionRecorded> recorded = events.stream(InspectionRecorded.class).toList();
        assertThat(recorded).hasSize(report.counts().added());
        assertThat(recorded).allSatisfy(event -> assertThat(event.importId()).isEqualTo(report.importId()));
        assertThat(recorded).anySatisfy(event -> {
            assertThat(event.urn()).isEqualTo(new Urn(103130));
            assertThat(event.inspectionKey()).isEqualTo("UNGRADED:10211263");
            assertThat(event.framework()).isEqualTo(Framework.UNGRADED);
            assertThat(event.inspectionDate()).isEqualTo(LocalDate.of(2022, 6, 9));
        });
    }

    @Test
    void shouldCountASchoolNotYetInspectedAsSkipped() {
        ImportReport report = importResource(imports, OUTCOMES_2023);
        assertThat(inspections.history(new Urn(147201))).isEmpty();
        long notInspected = publishedRows().stream().filter(row -> expectedCount(row) == 0).count();
        assertThat(notInspected).isPositive();
        assertThat(report.counts().skipped()).isEqualTo(notInspected);
        assertThat(register.last(147201)).isPresent();
    }

    private void checkGraded(List<Inspection> history, NamedCsvRecord row, String prefix, String context) {
        String number = row.getField(prefix.isEmpty() ? "Inspection number of latest graded inspection"
                : "Previous inspection number");
        if (number.isEmpty()) {
            return;
        }
        SingleGradeInspection inspection = history.stream().filter(SingleGradeInspection.class::isInstance)
                .map(SingleGradeInspection.class::cast)
                .filter(i -> number.equals(i.facts().inspectionNumber())).findFirst().orElseThrow(
                        () -> new AssertionError(context + ": no graded inspection " + number));
        String what = context + ", " + (prefix.isEmpty() ? "latest" : "previous") + " graded inspection " + number;
        String previous = prefix.isEmpty() ? "" : "Previous ";
        assertThat(inspection.facts().startDate()).as(what).isEqualTo(date(row, prefix.isEmpty()
                ? "Inspection start date" : "Previous inspection start date"));
        assertThat(inspection.facts().endDate()).as(what).isEqualTo(date(row, prefix.isEmpty()
                ? "Inspection end date" : "Previous inspection end date"));
        assertThat(inspection.facts().publicationDate()).as(what).isEqualTo(date(row, prefix.isEmpty()
                ? "Publication date" : "Previous publication date"));
        if (prefix.isEmpty()) {
            assertThat(inspection.facts().inspectionType()).as(what).isEqualTo(row.getField("Inspection type"));
        }
        String at = prefix.isEmpty() ? "latest graded inspection" : "previous graded inspection";
        assertThat(inspection.facts().urnAtInspection()).as(what)
                .isEqualTo(Urn.parse(row.getField("URN at time of " + at)));
        assertThat(inspection.facts().schoolNameAtInspection()).as(what)
                .isEqualTo(row.getField("School name at time of " + at));
        assertThat(inspection.overallEffectiveness().grade()).as(what).isEqualTo(Integer.parseInt(row.getField(
                prefix.isEmpty() ? "Overall effectiveness" : "Previous graded inspection overall effectiveness")));
        String category = row.getField(previous + (prefix.isEmpty() ? "Category of concern" : "category of concern"));
        assertThat(inspection.categoryOfConcern() == null ? "" : inspection.categoryOfConcern().code()).as(what)
                .isEqualTo(category);
        String safeguarding = row.getField(prefix.isEmpty() ? "Safeguarding is effective?"
                : "Previous safeguarding is effective?");
        assertThat(inspection.safeguarding()).as(what).isEqualTo(switch (safeguarding) {
            case "Yes" -> Safeguarding.EFFECTIVE;
            case "No" -> Safeguarding.NOT_EFFECTIVE;
            default -> null;
        });
        Map<KeyJudgementArea, OverallEffectiveness> expected = new EnumMap<>(KeyJudgementArea.class);
        Map<KeyJudgementArea, String> columns = Map.of(
                KeyJudgementArea.QUALITY_OF_EDUCATION, "Quality of education",
                KeyJudgementArea.BEHAVIOUR_AND_ATTITUDES, "Behaviour and attitudes",
                KeyJudgementArea.PERSONAL_DEVELOPMENT, "Personal development",
                KeyJudgementArea.LEADERSHIP_AND_MANAGEMENT, "Effectiveness of leadership and management",
                KeyJudgementArea.EARLY_YEARS, "Early years provision (where applicable)",
                KeyJudgementArea.SIXTH_FORM, "Sixth form provision (where applicable)");
        columns.forEach((area, column) -> {
            String name = prefix.isEmpty() ? column : "Previous " + Character.toLowerCase(column.charAt(0))
                    + column.substring(1);
            String grade = row.getField(name);
            if (grade.matches("[1-4]")) {
                expected.put(area, OverallEffectiveness.ofGrade(Integer.parseInt(grade)));
            }
        });
        assertThat(inspection.keyJudgements()).as(what).isEqualTo(expected);
    }

    private void checkUngraded(List<Inspection> history, NamedCsvRecord row, String context) {
        String number = row.getField("Latest ungraded inspection number since last graded inspection");
        if (number.isEmpty()) {
            assertThat(history).as(context).noneMatch(i -> i instanceof UngradedInspection);
            return;
        }
        UngradedInspection ungraded = history.stream().filter(UngradedInspection.class::isInstance)
                .map(UngradedInspection.class::cast).findFirst().orElseThrow();
        String what = context + ", ungraded inspection " + number;
        assertThat(ungraded.facts().inspectionNumber()).as(what).isEqualTo(number);
        assertThat(ungraded.facts().startDate()).as(what).isEqualTo(date(row, "Date of latest ungraded inspection"));
        assertThat(ungraded.facts().publicationDate()).as(what)
                .isEqualTo(date(row, "Ungraded inspection publication date"));
        assertThat(ungraded.facts().urnAtInspection()).as(what)
                .isEqualTo(Urn.parse(row.getField("URN at time of the ungraded inspection")));
        String outcome = row.getField("Ungraded inspection overall outcome");
        assertThat(ungraded.outcome()).as(what).isEqualTo(outcome.isEmpty() ? null : outcome);
        String converted = row.getField("Did the latest ungraded inspection convert to a graded inspection?");
        assertThat(ungraded.convertedToGraded()).as(what).isEqualTo(converted.isEmpty() ? null : converted.equals("Yes"));
    }

    private static int expectedCount(NamedCsvRecord row) {
        int count = 0;
        for (String column : List.of("Inspection number of latest graded inspection", "Previous inspection number",
                "Latest ungraded inspection number since last graded inspection")) {
            count += row.getField(column).isEmpty() ? 0 : 1;
        }
        return count;
    }

    private static LocalDate date(NamedCsvRecord row, String column) {
        String value = row.getField(column);
        return value.isEmpty() ? null : LocalDate.parse(value, OFSTED_DATE);
    }

    static List<NamedCsvRecord> publishedRows() {
        String text = new String(bytes(OUTCOMES_2023), StandardCharsets.UTF_8);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(text)) {
            return reader.stream().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
