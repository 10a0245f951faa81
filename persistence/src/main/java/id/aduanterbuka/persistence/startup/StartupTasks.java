package id.aduanterbuka.persistence.startup;

import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** TEMPORARY migration-only version. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  @PostConstruct
  void onStart() {
    int applied = DatabaseMigrator.migrate(dataSource);
    LOG.info(() -> "Database schema up to date (" + applied + " migrations applied now).");
  }
}
