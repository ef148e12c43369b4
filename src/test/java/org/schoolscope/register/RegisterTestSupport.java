package org.schoolscope.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each register test starts from an empty register on the real embedded PostgreSQL. */
@SpringBootTest
public abstract class RegisterTestSupport {

    public static final String FOLDER = "/register/";

    @Autowired
    protected ImportService imports;

    @Autowired
    protected JdbcClient jdbc;

    /** Before, so each test starts clean; after, so tests of other modules sharing the database do too. */
    @BeforeEach
    @AfterEach
    void emptyTheRegister() {
        // As the embedded server's superuser: the service's own role may not truncate.
        DatabaseCleaner.empty(jdbc, "school_record", "school_link", "school_group", "school", "local_authority",
                "district_mapping", "import_batch");
    }

    public static byte[] resource(String name) {
        try (InputStream in = RegisterTestSupport.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    protected ImportReport importResource(String name) {
        return imports.importBytes(name, resource(name), "test", ImportProgress.SILENT);
    }

    protected ImportReport importText(String fileName, String content) {
        return imports.importBytes(fileName, content.getBytes(StandardCharsets.UTF_8), "test", ImportProgress.SILENT);
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
