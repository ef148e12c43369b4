package org.schoolscope.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backs the service's database up to one file and restores it into an empty database, as the schema owner.
 * <p>
 * A backup is a zip: {@code backup.properties} (the schema version, each table's columns, row count and SHA-256,
 * and each sequence's position) and one entry per table in PostgreSQL's own COPY text format, all read in one
 * repeatable-read snapshot, so the file is consistent however busy the service is. The migration history is not
 * copied: a restore recreates the schema with the service's own migrations up to the backup's version (so the
 * roles, grants, functions and append-only triggers are exactly what the migrations make), loads every table in
 * foreign-key order in one transaction with the tables' own triggers set aside (the rows are restored as they were,
 * not re-made), puts the sequences back, and only then migrates to the current version and validates.
 * <p>
 * Why not {@code pg_dump}: the embedded server's binaries (the zonky artifact) ship only {@code initdb},
 * {@code pg_ctl} and {@code postgres}, and a {@code pg_dump} older than the server refuses to dump it (Debian 12's
 * client is PostgreSQL 15; the embedded server is 17). This way needs no client tools and works the same on the
 * embedded server and on a council's own.
 */
public final class DatabaseBackup {

    static final String MANIFEST = "backup.properties";
    private static final String FORMAT = "schoolscope-backup-1";
    private static final String HISTORY = "flyway_schema_history";

    private DatabaseBackup() {
    }

    /** What a backup or restore did: each table's rows, and the schema version. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
    }

    /** Writes a consistent backup of the owner's schema to {@code file} (replaced atomically when complete). */
    public static Summary backUp(DataSource owner, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            String version = schemaVersion(connection);
            if (version == null) {
                throw new IllegalStateException("The database has no Schoolscope schema to back up");
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema.version", version);
            manifest.setProperty("created", Instant.now().toString());
            Map<String, Long> rows = new LinkedHashMap<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = tables(connection);
            manifest.setProperty("tables", String.join(",", tables));
            // The backup holds personal data: readable by the user who made it only.
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rw-------")));
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (String table : tables) {
                    List<String> columns = columns(connection, table);
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    MessageDigest digest = sha256();
                    OutputStream entry = new DigestOutputStream(new FilterOutputStream(zip) {
                        @Override
                        public void write(byte[] bytes, int offset, int length) throws IOException {
                            out.write(bytes, offset, length);
                        }

                        @Override
                        public void close() {
                            // The zip stays open for the next entry.
                        }
                    }, digest);
                    long count = copy.copyOut("copy (select " + String.join(", ", quoted(columns)) + " from "
                            + quote(table) + orderBy(connection, table) + ") to stdout", entry);
                    zip.closeEntry();
                    rows.put(table, count);
                    manifest.setProperty("table." + table + ".columns", String.join(",", columns));
                    manifest.setProperty("table." + table + ".rows", Long.toString(count));
                    manifest.setProperty("table." + table + ".sha256", HexFormat.of().formatHex(digest.digest()));
                }
                for (Map.Entry<String, String> sequence : sequences(connection).entrySet()) {
                    manifest.setProperty("sequence." + sequence.getKey(), sequence.getValue());
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                StringWriter text = new StringWriter();
                manifest.store(text, "A Schoolscope backup; restore with: java -jar schoolscope.jar restore FILE");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            connection.commit();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(version, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + file, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Nothing more to do: the partial file is named as such.
            }
        }
    }

    /**
     * Restores a backup into the owner's database, which must be empty unless {@code force}, when everything the
     * owner owns there is dropped first. {@code flyway} is configured for the owner's connection with the
     * service's migrations and placeholders; the schema is migrated to the backup's version, loaded, then migrated
     * to the newest version and validated.
     */
    public static Summary restore(DataSource owner, Flyway flyway, Path file, boolean force) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Properties manifest = readManifest(zip);
            String version = manifest.getProperty("schema.version");
            MigrationVersion newest = flyway.info().all().length == 0 ? null
                    : flyway.info().all()[flyway.info().all().length - 1].getVersion();
            if (newest != null && MigrationVersion.fromVersion(version).isNewerThan(newest.getVersion())) {
                throw new IllegalStateException("The backup was made by a newer Schoolscope (schema version "
                        + version + "); restore it with that version or later");
            }
            makeEmpty(owner, force);
            Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.fromVersion(version))
                    .load().migrate();
            Map<String, Long> rows = load(owner, zip, manifest);
            flyway.migrate();
            flyway.validate();
            return new Summary(version, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the backup " + file, e);
        }
    }

    private static Properties readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IllegalStateException("This is not a Schoolscope backup: it has no " + MANIFEST);
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalStateException("This backup's format (" + manifest.getProperty("format")
                    + ") is not one this version can read");
        }
        return manifest;
    }

    private static void makeEmpty(DataSource owner, boolean force) {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            List<String> objects = objects(connection);
            if (objects.isEmpty()) {
                return;
            }
            if (!force) {
                throw new IllegalStateException("The database is not empty (it holds " + objects.size()
                        + " tables, sequences or functions, e.g. " + objects.get(0) + "). Restore into an empty"
                        + " database, or give --force to drop everything the schema owner owns in it first.");
            }
            statement.execute("drop owned by current_user");
            List<String> left = objects(connection);
            if (!left.isEmpty()) {
                throw new IllegalStateException("The database still holds objects the schema owner does not own,"
                        + " e.g. " + left.get(0) + "; remove them and restore again");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database for the restore: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> load(DataSource owner, ZipFile zip, Properties manifest) throws IOException {
        List<String> backedUp = List.of(manifest.getProperty("tables").split(","));
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            List<String> present = tables(connection);
            if (!new LinkedHashSet<>(present).equals(new LinkedHashSet<>(backedUp))) {
                throw new IllegalStateException("The backup's tables " + backedUp + " are not the tables its schema"
                        + " version makes here " + present);
            }
            for (String table : present) {
                statement.execute("alter table " + quote(table) + " disable trigger user");
            }
            statement.execute("truncate " + String.join(", ", quoted(present)) + " restart identity cascade");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : loadOrder(connection, present)) {
                ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                MessageDigest digest = sha256();
                long count;
                try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                    List<String> columns = List.of(manifest.getProperty("table." + table + ".columns").split(","));
                    count = copy.copyIn("copy " + quote(table) + " (" + String.join(", ", quoted(columns))
                            + ") from stdin", in);
                }
                String expected = manifest.getProperty("table." + table + ".sha256");
                if (!HexFormat.of().formatHex(digest.digest()).equals(expected)
                        || count != Long.parseLong(manifest.getProperty("table." + table + ".rows"))) {
                    throw new IllegalStateException("The backup's copy of " + table + " is damaged (its rows or"
                            + " checksum differ from what the backup recorded); nothing was restored");
                }
                rows.put(table, count);
            }
            for (String name : manifest.stringPropertyNames()) {
                if (name.startsWith("sequence.")) {
                    String[] position = manifest.getProperty(name).split(" ");
                    try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        setval.setString(1, quote(name.substring("sequence.".length())));
                        setval.setLong(2, Long.parseLong(position[0]));
                        setval.setBoolean(3, Boolean.parseBoolean(position[1]));
                        setval.execute();
                    }
                }
            }
            for (String table : present) {
                statement.execute("alter table " + quote(table) + " enable trigger user");
            }
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed, and nothing was loaded: " + e.getMessage(), e);
        }
    }

    /** The newest version the migration history records as applied, or null when there is no history. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, HISTORY);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !row.getBoolean(1)) {
                    return null;
                }
            }
        }
        String newest = null;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select version from " + HISTORY + " where success and version is not null")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (newest == null || MigrationVersion.fromVersion(version).isNewerThan(newest)) {
                    newest = version;
                }
            }
        }
        return newest;
    }

    /** The schema's tables but the migration history, by name. */
    static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, """
                select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace
                    and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history' and not c.relispartition
                order by c.relname""");
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped
                    and attgenerated = '' order by attnum""")) {
            query.setString(1, quote(table));
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }

    /** By primary key, so a row referring to an earlier row of its own table (a re-run) loads after it. */
    private static String orderBy(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid
                    and a.attnum = any(i.indkey)
                where i.indrelid = ?::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)""")) {
            query.setString(1, quote(table));
            List<String> key = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    key.add(rows.getString(1));
                }
            }
            return key.isEmpty() ? "" : " order by " + String.join(", ", quoted(key));
        }
    }

    /** Each sequence of the schema with its position ("last_value is_called"). */
    private static Map<String, String> sequences(Connection connection) throws SQLException {
        Map<String, String> positions = new LinkedHashMap<>();
        for (String sequence : strings(connection, """
                select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace
                    and c.relkind = 'S' order by c.relname""")) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                    "select last_value, is_called from " + quote(sequence))) {
                row.next();
                positions.put(sequence, row.getLong(1) + " " + row.getBoolean(2));
            }
        }
        return positions;
    }

    /** Tables ordered so that every table comes after the tables its foreign keys refer to. */
    private static List<String> loadOrder(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        tables.forEach(table -> refersTo.put(table, new LinkedHashSet<>()));
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                    and c.conrelid <> c.confrelid""")) {
            while (rows.next()) {
                String from = unquote(rows.getString(1));
                String to = unquote(rows.getString(2));
                if (refersTo.containsKey(from) && refersTo.containsKey(to)) {
                    refersTo.get(from).add(to);
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < tables.size()) {
            int before = order.size();
            for (String table : tables) {
                if (!order.contains(table) && order.containsAll(refersTo.get(table))) {
                    order.add(table);
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("The tables' foreign keys form a cycle; they cannot be loaded in order");
            }
        }
        return order;
    }

    private static List<String> objects(Connection connection) throws SQLException {
        return strings(connection, """
                select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace
                    and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                union all
                select p.proname from pg_proc p where p.pronamespace = current_schema()::regnamespace""");
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(DatabaseBackup::quote).toList();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
