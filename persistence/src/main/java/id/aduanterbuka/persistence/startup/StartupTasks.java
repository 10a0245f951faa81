package id.aduanterbuka.persistence.startup;

import id.aduanterbuka.persistence.LongRunningWork;
import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.seed.SeedSummary;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once during deployment, before the first request is served: Flyway brings the schema up to
 * date, then — on an empty database and unless {@code aduan.demo-data.enabled=false} — the
 * deterministic Central Java demo data is loaded so that a new instance shows something real; last,
 * complaints without statistics facts (loaded while the application was down) get theirs.
 *
 * <p>A {@code @Startup @Singleton} rather than a CDI {@code @Initialized} observer: Payara binds
 * {@code @DataSourceDefinition} resources after that CDI event (payara/Payara#3453), but before
 * startup singletons. No JTA transaction: the loader commits its own work. All of it runs before
 * any request and may take minutes at a million complaints (a full statistics rebuild about 47 s),
 * so it runs without the pool's statement and network timeouts ({@link LongRunningWork}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "aduan.demo-data.enabled", defaultValue = "true")
  boolean demoDataEnabled;

  @Inject
  @ConfigProperty(name = "aduan.demo-data.complaints", defaultValue = "20000")
  int demoComplaints;

  @PostConstruct
  void onStart() {
    DataSource unbounded = LongRunningWork.unbounded(dataSource);
    int applied = DatabaseMigrator.migrate(unbounded);
    LOG.info(() -> "Database schema up to date (" + applied + " migrations applied now).");
    if (demoDataEnabled) {
      loadDemoDataIfEmpty(unbounded);
    }
    long started = System.nanoTime();
    int updated = new StatisticsFacts(unbounded).refreshOutdated();
    if (updated > 0) {
      LOG.info(
          () ->
              "Statistics updated for "
                  + updated
                  + " complaints in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms.");
    }
  }

  private void loadDemoDataIfEmpty(DataSource unbounded) {
    try (Connection c = unbounded.getConnection()) {
      // Nodes of a cluster start together: one loads, the others wait here and then find data.
      try (var lock = c.createStatement()) {
        lock.execute("SELECT pg_advisory_lock(" + DEMO_DATA_LOCK + ")");
      }
      try {
        loadDemoDataIfEmpty(c);
      } finally {
        try (var unlock = c.createStatement()) {
          unlock.execute("SELECT pg_advisory_unlock(" + DEMO_DATA_LOCK + ")");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the demo data", e);
    }
  }

  /** The advisory lock key that keeps two starting nodes from both loading the demo data. */
  private static final long DEMO_DATA_LOCK = 0x4164_7561_6e44_656dL;

  private void loadDemoDataIfEmpty(Connection c) throws SQLException {
    if (!DemoDataGenerator.isEmpty(c)) {
      return;
    }
    LOG.info("Empty database: loading the Central Java demo data (aduan.demo-data.enabled).");
    SeedSummary summary =
        new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
            .load(c, demoComplaints, ProgressListener.NONE);
    LOG.info(() -> "Demo data loaded: " + summary);
  }
}
