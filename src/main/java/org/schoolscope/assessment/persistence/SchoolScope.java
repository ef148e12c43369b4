package org.schoolscope.assessment.persistence;

import java.time.LocalDate;
import org.schoolscope.shared.LaCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which schools a query reads (one council's, or every school on record when {@code laCode} is null) and from which
 * snapshot of the data. Every query states both the same way, with {@link #CONDITION} and {@link #imported}.
 */
record SchoolScope(LaCode laCode, DataSnapshot snapshot) {

    static final String CONDITION = "(cast(:la as integer) is null or s.la_code = cast(:la as integer))";

    /** The row of {@code alias} came from one of the snapshot's import batches. */
    static String imported(String alias) {
        return alias + ".import_id = any(cast(:imports as bigint[]))";
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("la", laCode == null ? null : laCode.value())
                .param("imports", snapshot.importIdsLiteral());
    }

    LocalDate asOf() {
        return snapshot.asOf();
    }
}
