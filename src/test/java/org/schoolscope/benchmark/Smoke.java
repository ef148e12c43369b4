package org.schoolscope.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.testing.SampleFiles;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark's smoke run ({@code ./benchmark MODE smoke}, and every mode in CI): the same code over tiny data, one
 * iteration, so that no benchmark can rot unnoticed between the runs that measure. Its times mean nothing.
 */
final class Smoke {

    static final String PROPERTY = "schoolscope.benchmark.smoke";

    /** The sample's Birmingham files standing in for the all-England folder: two register files, five to time. */
    private static final List<String> NATIONAL_STAND_INS = List.of("england_spine_2017-2018_la330_birmingham.csv",
            "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv",
            "2018-2019_330_census_birmingham.csv", "2018-2019_330_abs_birmingham.csv",
            "2018-2019_330_ks4provisional_birmingham.csv", "2018-2019_330_ks4-pupdest_birmingham.csv",
            "links_edubasealldata20250422_birmingham_related.csv");

    private Smoke() {
    }

    private static ConfigurableApplicationContext context;

    static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * One service for every smoke run in this JVM (smoke runs are not forked), on a fresh embedded database whose
     * schema each benchmark may have Flyway make again: starting a service is most of a smoke run's time.
     */
    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            try {
                Path data = Files.createTempDirectory("schoolscope-smoke");
                data.toFile().setExecutable(true, false);
                context = new SpringApplicationBuilder(SchoolscopeApplication.class).web(WebApplicationType.SERVLET)
                        .properties("schoolscope.sample-data.load-on-first-start=false", "logging.level.root=warn",
                                "spring.flyway.clean-disabled=false", "server.port=0")
                        .run("--schoolscope.embedded-database.data-directory=" + data.resolve("postgres"));
                Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return context;
    }

    /** An empty schema, made again by Flyway, holding the stand-ins' register files and, if asked, the rest. */
    static void loadStandIns(ConfigurableApplicationContext service, boolean everything) {
        Flyway flyway = service.getBean(Flyway.class);
        flyway.clean();
        flyway.migrate();
        ImportService imports = service.getBean(ImportService.class);
        Path folder = nationalStandIns();
        try {
            for (Path file : imports.inImportOrder(ImportService.expand(List.of(folder)))) {
                String name = file.getFileName().toString();
                if (everything || name.contains("spine") || name.contains("ofsted")) {
                    ImportReport report = imports.importFile(file, "smoke", ImportProgress.SILENT);
                    if (report.rejected()) {
                        throw new IllegalStateException(report.summary());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder holding the stand-ins for the national files, made fresh in the temporary folder. */
    static Path nationalStandIns() {
        try {
            Path folder = Files.createTempDirectory("schoolscope-smoke-national");
            for (String file : NATIONAL_STAND_INS) {
                Files.write(folder.resolve(file), SampleFiles.bytes(file));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
