package id.aduanterbuka.persistence.migration;

import id.aduanterbuka.persistence.LongRunningWork;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the SQL migrations in {@code db/migration} of this module. Used at application start-up,
 * by the command line and by tests, so every database reaches the schema the same way. A migration
 * may rewrite a large table: Flyway's connections run without the pool's statement and network
 * timeouts ({@link LongRunningWork#unbounded}), which are restored before they go back to the pool.
 */
public final class DatabaseMigrator {
  private DatabaseMigrator() {}

  /** Migrates {@code dataSource} to the latest version; returns how many migrations ran. */
  public static int migrate(DataSource dataSource) {
    return migrate(dataSource, "latest");
  }

  /**
   * Migrates {@code dataSource} up to {@code version} ({@code "latest"} for all); a restore uses it
   * to build the schema its archive was taken from.
   */
  public static int migrate(DataSource dataSource, String version) {
    MigrateResult result = flyway(dataSource, version).migrate();
    return result.migrationsExecuted;
  }

  /** The schema version the database is at, or {@code null} if no migration ran on it. */
  public static String currentVersion(DataSource dataSource) {
    MigrationInfo current = flyway(dataSource, "latest").info().current();
    return current == null || current.getVersion() == null
        ? null
        : current.getVersion().getVersion();
  }

  private static Flyway flyway(DataSource dataSource, String version) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(LongRunningWork.unbounded(dataSource))
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .target(version)
        .load();
  }
}
