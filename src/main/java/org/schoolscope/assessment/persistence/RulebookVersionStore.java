package org.schoolscope.assessment.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rulebook's versions, append-only. The default rulebook becomes version 1 the first time one is needed, not in
 * a migration, because it is the council's data (which it will change) rather than the schema.
 */
@Component
public class RulebookVersionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    RulebookVersionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The newest version, storing the default rulebook as version 1 when none is stored yet. A council whose newest
     * version is an earlier default, unchanged, is given the current default as its next version, with the default's
     * author and reason, so the change is on the record and shown as a diff like any other; a council that wrote
     * its own rulebook keeps it.
     */
    @Transactional
    public RulebookVersion latest() {
        // Serialises first use, so two runs at once cannot both store version 1.
        lockVersions();
        return findLatest().filter(version -> !DefaultRulebook.isEarlierDefault(version.yaml())).orElseGet(() -> {
            Rulebook defaults = DefaultRulebook.read();
            return add(DefaultRulebook.text(), defaults.author(), defaults.reason());
        });
    }

    /** Stores a new version after checking it reads; a document that does not is refused with its problems. */
    @Transactional
    public RulebookVersion add(String yaml, String author, String reason) {
        RulebookYaml.read(yaml);
        lockVersions();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from rulebook_version").query(Integer.class)
                .single();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long id = jdbc.sql("""
                insert into rulebook_version (version, yaml, author, reason, created_at)
                values (:version, :yaml, :author, :reason, :createdAt) returning id""")
                .param("version", next).param("yaml", yaml).param("author", author).param("reason", reason)
                .param("createdAt", Timestamp.from(now)).query(Long.class).single();
        return new RulebookVersion(id, next, yaml, author, reason, now);
    }

    /**
     * One writer of versions at a time, until the transaction ends. An advisory lock rather than LOCK TABLE: the
     * table is append-only, and the application's role holds only SELECT and INSERT on it, which allow no lock mode
     * that would keep a second writer out. The two-key form keeps clear of the improvement timeline's one-key locks.
     */
    private void lockVersions() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('assessment'), hashtext('rulebook_version'))")
                .query(Object.class).list();
    }

    /** A version by its number, e.g. the one an earlier run used. */
    public Optional<RulebookVersion> find(int version) {
        return jdbc.sql(SELECT + " where version = :version").param("version", version)
                .query(RulebookVersionStore::version).optional();
    }

    private Optional<RulebookVersion> findLatest() {
        return jdbc.sql(SELECT + " order by version desc limit 1").query(RulebookVersionStore::version).optional();
    }

    private static final String SELECT = "select id, version, yaml, author, reason, created_at from rulebook_version";

    private static RulebookVersion version(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new RulebookVersion(row.getLong("id"), row.getInt("version"), row.getString("yaml"),
                row.getString("author"), row.getString("reason"), row.getTimestamp("created_at").toInstant());
    }
}
