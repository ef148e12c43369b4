package org.schoolscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded default (an empty database), imports the published sample files packed in
 * the jar, in the order of {@code sample/manifest.txt}, through the same pipeline as any other import. It runs
 * before the web server starts, so the service never answers with half a sample.
 */
@Component
class SampleDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final ImportService imports;
    private final JdbcClient jdbc;
    private final boolean enabled;

    SampleDataLoader(ImportService imports, JdbcClient jdbc,
            @Value("${schoolscope.sample-data.load-on-first-start:false}") boolean loadOnFirstStart,
            @Value("${schoolscope.embedded-database.active:false}") boolean embedded) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.enabled = loadOnFirstStart && embedded;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read the packed sample files", e);
        }
    }

    private void load() throws IOException {
        if (!enabled || jdbc.sql("select exists (select 1 from import_batch)").query(Boolean.class).single()) {
            return;
        }
        log.info("First start with an empty database: loading the sample published files");
        for (Entry entry : manifest()) {
            try (InputStream in = new ClassPathResource("sample/" + entry.file()).getInputStream()) {
                ImportReport report = imports.importBytes(entry.file(), in.readAllBytes(), "sample data",
                        entry.options(), ImportProgress.SILENT);
                if (report.rejected()) {
                    throw new IllegalStateException("The sample file " + entry.file() + " was rejected: "
                            + report.summary());
                }
                log.info("Sample: {}", report.summary());
            }
        }
    }

    /** A file of the sample, and the option the manifest gives it (only skip-unknown-schools is allowed). */
    record Entry(String file, ImportOptions options) {
    }

    static List<Entry> manifest() throws IOException {
        try (InputStream in = new ClassPathResource("sample/manifest.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(SampleDataLoader::entry).toList();
        }
    }

    private static Entry entry(String line) {
        String[] words = line.split("\\s+");
        if (words.length == 1) {
            return new Entry(words[0], ImportOptions.STRICT);
        }
        if (words.length == 2 && words[1].equals("skip-unknown-schools")) {
            return new Entry(words[0], new ImportOptions(false, true, false));
        }
        throw new IllegalStateException("sample/manifest.txt: cannot read the line '" + line + "'");
    }
}
