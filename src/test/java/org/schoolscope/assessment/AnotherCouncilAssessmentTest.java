package org.schoolscope.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The default rulebook on another council's data, taken in with no code change: Hampshire (850), whose published
 * GIAS, key stage 2 and key stage 4 files are in {@code ../shared/data} (the sample carries the same files, so on
 * the shared sample context importing them again must find them already imported, byte for byte). Hampshire has
 * no Ofsted file here, so its schools are judged on figures alone and the inspection rules are reported unchecked,
 * never passed.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class AnotherCouncilAssessmentTest {

    private static final LaCode HAMPSHIRE = new LaCode(850);
    private static final List<String> HAMPSHIRE_FILES = List.of(
            "gias-establishments/gias_establishments_20220420_la850_hampshire.csv",
            "ks2-performance/2016-2017_850_ks2final.csv", "ks2-performance/2017-2018_850_ks2final.csv",
            "ks2-performance/2018-2019_850_ks2final.csv", "ks4-performance/2016-2017_850_ks4final.csv",
            "ks4-performance/2017-2018_850_ks4final.csv");

    @Autowired
    ImportService imports;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    PriorityLists priorityLists;


    /** The shared data folder beside the project; where it is absent (a bare checkout), the sample's copies. */
    private static Path hampshireFile(String file) {
        Path shared = Path.of("..", "shared", "data", file);
        return Files.isRegularFile(shared) ? shared
                : Path.of("src", "main", "resources", "sample", Path.of(file).getFileName().toString());
    }

    @Test
    void shouldAssessHampshireFromItsPublishedFilesWithReasonsAndSources() {
        for (String file : HAMPSHIRE_FILES) {
            ImportReport report = imports.importFile(hampshireFile(file), "another council test",
                    ImportProgress.SILENT);
            assertThat(report.outcome()).as(file).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        }

        AssessmentRun run = runs.run(HAMPSHIRE, "another council test");

        int openSchools = openInThePublishedFiles();
        assertThat(openSchools).isEqualTo(587);
        assertThat(run.schoolsByCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(openSchools);
        assertThat(run.schoolsByCategory()).containsKeys("Vulnerable", "Not a concern", "Notify regional director")
                .doesNotContainKey("Causing concern: Ofsted");

        List<SchoolResult> results = runs.results(run.id(), org.schoolscope.testing.TestUsers.officer("test"));
        // The rulebook's rules apply to maintained schools and academies; the spine also names the council's
        // independent schools, which no rule checks.
        List<SchoolResult> assessed = results.stream().filter(result -> result.responsibleBody() != ResponsibleBody.OTHER)
                .toList();
        assertThat(assessed).isNotEmpty();
        assertThat(results).filteredOn(result -> result.responsibleBody() == ResponsibleBody.OTHER)
                .allSatisfy(result -> assertThat(result.unchecked()).isEmpty());
        assertThat(assessed).allSatisfy(result -> assertThat(result.unchecked()).extracting(UncheckedReason::ruleId)
                .as("URN %s has no inspection on record", result.urn())
                .contains("ofsted-inadequate", "ofsted-requires-improvement"));

        PriorityList list = priorityLists.forRun(run.id(), org.schoolscope.testing.TestUsers.officer("test")).orElseThrow();
        assertThat(list.entries()).hasSize(run.schoolsByCategory().get("Vulnerable")
                + run.schoolsByCategory().get("Notify regional director"));
        assertThat(list.entries()).allSatisfy(entry -> {
            assertThat(entry.schoolName()).isNotBlank();
            assertThat(entry.result().reasons()).as("URN %s", entry.result().urn()).isNotEmpty()
                    .allSatisfy(reason -> {
                        assertThat(reason.explanation()).isNotBlank();
                        assertThat(reason.evidence()).isNotEmpty().allSatisfy(evidence -> {
                            assertThat(evidence.value()).isNotBlank();
                            assertThat(evidence.year()).matches("\\d{4}-\\d{2}");
                            assertThat(evidence.sourceFile()).contains("_850_");
                        });
                    });
        });
        assertThat(list.entries()).anySatisfy(entry -> assertThat(entry.result().reasons())
                .extracting(AssessmentReason::ruleId).contains("ks2-attainment-lowest-quartile"));
    }

    /**
     * Hampshire's schools open today by the files themselves: GIAS's April 2022 extract, the newest, gives the status
     * of each school it lists; a school only the 2017-18 spine names is open unless the spine gives it a close date.
     */
    private static int openInThePublishedFiles() {
        Map<String, Boolean> open = new HashMap<>();
        List<List<String>> spine = SampleFiles.records("england_spine_2017-2018_la850_hampshire.csv",
                StandardCharsets.UTF_8);
        int spineClose = spine.get(0).indexOf("CLOSEDATE");
        spine.subList(1, spine.size()).forEach(row -> open.put(row.get(0), row.get(spineClose).isBlank()));
        List<List<String>> gias = SampleFiles.records("gias_establishments_20220420_la850_hampshire.csv",
                Charset.forName("windows-1252"));
        int status = gias.get(0).indexOf("EstablishmentStatus (name)");
        gias.subList(1, gias.size()).forEach(row -> open.put(row.get(0), !row.get(status).equals("Closed")));
        return (int) open.values().stream().filter(Boolean::booleanValue).count();
    }
}
