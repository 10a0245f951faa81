package id.aduanterbuka.persistence.jobs;

import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.persistence.LongRunningWork;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's scheduled jobs, run once per cluster:
 *
 * <ul>
 *   <li>{@value #STATISTICS}: brings statistics facts and rollups up to date for complaints an
 *       import or intake left marked stale (a process killed between its commit and its refresh),
 *       every {@code aduan.jobs.statistics-seconds} (300);
 *   <li>{@value #CLEAN_UP}: deletes expired intake idempotency records and {@code job_run} rows
 *       older than 14 days, every {@code aduan.jobs.clean-up-seconds} (3600).
 * </ul>
 *
 * <p>Every node has the same non-persistent timers (a persistent EJB timer on Payara Micro fires
 * only on the node that created it and dies with it: docs/notes/payara-cluster-findings.md §3).
 * When a timer fires, the node asks {@link JobLeases} for the current time slot ({@code now /
 * interval}); only the winner runs the job and records the run in {@code job_run}. If a node dies,
 * the others' timers keep winning the slots.
 */
@Singleton
@Startup
@DependsOn("StartupTasks")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterJobs {
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());
  static final String STATISTICS = "statistics-catch-up";
  static final String CLEAN_UP = "clean-up";

  @Resource TimerService timers;

  @Resource(lookup = "java:app/jdbc/aduan")
  DataSource dataSource;

  @Inject Intake intake;
  @Inject JobLeases leases;

  @Inject
  @ConfigProperty(name = "aduan.jobs.statistics-seconds", defaultValue = "300")
  int statisticsSeconds;

  @Inject
  @ConfigProperty(name = "aduan.jobs.clean-up-seconds", defaultValue = "3600")
  int cleanUpSeconds;

  @PostConstruct
  void start() {
    // Every node cleans up once as it starts (a DELETE of expired rows: harmless when repeated).
    run(CLEAN_UP, -1, this::cleanUp);
    schedule(STATISTICS, statisticsSeconds);
    schedule(CLEAN_UP, cleanUpSeconds);
  }

  private void schedule(String job, int seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException("the interval of " + job + " must be at least 1 s");
    }
    long interval = seconds * 1000L;
    // First run at the start of the next slot, so that every node's timer fires near it.
    long first = interval - System.currentTimeMillis() % interval;
    timers.createIntervalTimer(first, interval, new TimerConfig(job, false));
  }

  @Timeout
  void fired(Timer timer) {
    String job = (String) timer.getInfo();
    long interval = (STATISTICS.equals(job) ? statisticsSeconds : cleanUpSeconds) * 1000L;
    // The slot of the nearest boundary: a timer a little early or late still names its own slot.
    long slot = Math.round((double) System.currentTimeMillis() / interval);
    if (leases.claim(job, slot)) {
      run(job, slot, STATISTICS.equals(job) ? this::catchUpStatistics : this::cleanUp);
    }
  }

  private int catchUpStatistics() {
    // May be a full rebuild (minutes at a million complaints): beyond the pool's query limits.
    return new StatisticsFacts(LongRunningWork.unbounded(dataSource)).refreshOutdated();
  }

  private int cleanUp() {
    int deleted = intake.forgetExpiredClaims();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM job_run WHERE started_at < now() - interval '14 days'")) {
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete old job runs", e);
    }
    return deleted;
  }

  /** Runs {@code work}, logs a failure without letting it stop the timer, records the run. */
  private void run(String job, long slot, IntSupplier work) {
    Instant started = Instant.now();
    String outcome;
    try {
      int done = work.getAsInt();
      outcome = "ok: " + done;
      if (done > 0) {
        LOG.info(() -> job + " on " + leases.node() + ": " + done + " rows");
      }
    } catch (RuntimeException e) {
      outcome = "failed: " + e.getClass().getSimpleName();
      LOG.log(Level.WARNING, job + " failed on " + leases.node() + "; the next slot retries", e);
    }
    if (slot >= 0) {
      record(job, slot, started, outcome);
    }
  }

  private void record(String job, long slot, Instant started, String outcome) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO job_run (job, slot, node, started_at, finished_at, outcome)"
                    + " VALUES (?, ?, ?, ?, now(), ?)")) {
      ps.setString(1, job);
      ps.setLong(2, slot);
      ps.setString(3, leases.node());
      ps.setTimestamp(4, Timestamp.from(started));
      ps.setString(5, outcome);
      ps.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot record the run of " + job, e);
    }
  }
}
