/**
 * The database the service keeps its records in, and the promises it keeps about them (issue 13).
 * <ul>
 * <li><b>Two roles.</b> The schema owner runs the Flyway migrations and owns every table; the service connects as
 * the application's role, which owns nothing and holds only what the migrations grant ({@link SeparateDatabaseRoles}
 * refuses to start otherwise). Ordinary tables need nothing from a module: default privileges give the application
 * SELECT, INSERT, UPDATE and DELETE on every table the owner creates.</li>
 * <li><b>Append-only records.</b> A module's migration that creates a record table (a log, a timeline, a decision)
 * ends with {@code select mark_append_only('my_table');}: the application keeps SELECT and INSERT only, and a trigger
 * refuses UPDATE, DELETE and TRUNCATE to every role, the owner included. A record with a retention period is marked
 * {@code removable_after_retention => true} and declares its period in {@code retention_policy}; it is then removed
 * only through the owner's {@code remove_expired_records} (see V2026.12.03.3100 and 3120).</li>
 * <li><b>The embedded server</b> ({@link EmbeddedPostgres}), used when no database is configured: password sign-in
 * on loopback only, durable, generated passwords kept private in its data directory, checked binaries
 * ({@code PostgresBinaries}), and never outliving the process that started it.</li>
 * <li><b>Shipped migrations never change</b>; the three that were edited are accepted by their known checksums only
 * ({@link ShippedMigrationChecksums}).</li>
 * <li><b>Backup and restore</b> ({@link DatabaseBackup}, {@link DatabaseCommands}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.schoolscope.database;
