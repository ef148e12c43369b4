package org.schoolscope.register.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.TabularFileReader;
import org.schoolscope.register.persistence.DistrictMappings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives Birmingham its ten districts on start when it has no mapping yet. It is a resource, not a migration,
 * because it is a council's choice that the council may replace by importing its own mapping file.
 */
@Component
class DefaultDistricts implements ApplicationRunner {

    static final int BIRMINGHAM = 330;
    static final String RESOURCE = "register/districts-330-birmingham.csv";

    private static final Logger log = LoggerFactory.getLogger(DefaultDistricts.class);

    private final DistrictMappings mappings;
    private final RegisterImporters importers;
    private final TransactionTemplate transaction;

    DefaultDistricts(DistrictMappings mappings, RegisterImporters importers, TransactionTemplate transaction) {
        this.mappings = mappings;
        this.importers = importers;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        loadIfEmpty();
    }

    void loadIfEmpty() {
        transaction.executeWithoutResult(status -> {
            if (mappings.hasMappingFor(BIRMINGHAM)) {
                return;
            }
            try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
                    TabularFile file = TabularFileReader.read(RESOURCE, in.readAllBytes())) {
                var counts = importers.districtMappings().load(file);
                log.info("Loaded Birmingham's default districts: {} constituencies", counts.added());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        });
    }
}
