package org.schoolscope.scorecard.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.schoolscope.scorecard.CatalogueVersion;
import org.schoolscope.scorecard.catalogue.CatalogueYaml;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue's versions, append-only. The shipped default (seed 001's catalogue) becomes version 1 the
 * first time one is needed, not in a migration, because it is the council's data, which it will change.
 */
@Component
public class CatalogueVersionStore {

    public static final String DEFAULT_AUTHOR = "Schoolscope";
    public static final String DEFAULT_REASON = "The directorate's performance indicators and targets as the"
            + " Education Delivery and Improvement Plan 2017-18 sets them";
    private static final String DEFAULT = "/scorecard/default-indicators.yml";
    private static final String SELECT = "select id, version, yaml, author, reason, created_at"
            + " from indicator_catalogue_version";

    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogueVersionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The shipped default catalogue's text. */
    public static String defaultText() {
        try (InputStream in = CatalogueVersionStore.class.getResourceAsStream(DEFAULT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest version, storing the shipped default as version 1 when none is stored yet. */
    @Transactional
    public CatalogueVersion latest() {
        lock();
        return findLatest().orElseGet(() -> add(defaultText(), DEFAULT_AUTHOR, DEFAULT_REASON));
    }

    /** Stores a new version; a document that does not read is refused with its problems and their lines. */
    @Transactional
    public CatalogueVersion add(String yaml, String author, String reason) {
        CatalogueYaml.read(yaml);
        if (author == null || author.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A catalogue version names its author and the reason for it");
        }
        lock();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from indicator_catalogue_version")
                .query(Integer.class).single();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.sql("""
                insert into indicator_catalogue_version (version, yaml, author, reason, created_at)
                values (:version, :yaml, :author, :reason, :createdAt) returning id""")
                .param("version", next).param("yaml", yaml).param("author", author.trim())
                .param("reason", reason.trim()).param("createdAt", Timestamp.from(now)).query(Long.class).single();
        return new CatalogueVersion(id, next, yaml, CatalogueYaml.read(yaml), author.trim(), reason.trim(), now);
    }

    /** A version by its number. */
    public Optional<CatalogueVersion> find(int version) {
        return jdbc.sql(SELECT + " where version = :version").param("version", version)
                .query(CatalogueVersionStore::version).optional();
    }

    private Optional<CatalogueVersion> findLatest() {
        return jdbc.sql(SELECT + " order by version desc limit 1").query(CatalogueVersionStore::version).optional();
    }

    /** One writer of versions at a time (the application's role may only read and insert here). */
    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('scorecard'), hashtext('indicator_catalogue_version'))")
                .query(Object.class).list();
    }

    private static CatalogueVersion version(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        String yaml = row.getString("yaml");
        return new CatalogueVersion(row.getLong("id"), row.getInt("version"), yaml, CatalogueYaml.read(yaml),
                row.getString("author"), row.getString("reason"), row.getTimestamp("created_at").toInstant());
    }
}
