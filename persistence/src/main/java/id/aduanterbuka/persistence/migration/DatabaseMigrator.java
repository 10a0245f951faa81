package id.aduanterbuka.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the SQL migrations in {@code db/migration} of this module. Used at application start-up,
 * by the command line and by tests, so every database reaches the schema the same way.
 */
public final class DatabaseMigrator {
  private DatabaseMigrator() {}

  /** Migrates {@code dataSource} to the latest version; returns how many migrations ran. */
  public static int migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
