package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.persistence.seed.ReferenceLoader.Counts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a database with demo data for Jawa Tengah: real regions, agencies, categories and MPP
 * services once, then as many synthetic complaints as asked for, appended on every call. The same
 * seed always produces the same rows, so demos, screenshots and tests are reproducible.
 *
 * <p>Ids are assigned here rather than by the identity columns, continuing after the current
 * maximum, and the sequences are moved past them at the end. The load takes table locks that keep
 * other writers out until it commits; loads of 50,000 complaints or more also lift the complaint
 * tables' foreign keys meanwhile (see {@link ForeignKeys}), which keeps readers out too.
 */
public final class DemoDataGenerator {
  public static final long DEFAULT_SEED = 20190930L;
  public static final int DEMO_COMPLAINTS = 20_000;

  static final String COMPLAINT_PHASE = "complaints";
  static final String REFERENCE_CHECK_PHASE = "checking references";

  // Below this many complaints per-row foreign-key checks are cheap enough, and the load keeps
  // to locks that let readers carry on; dropping keys locks the referenced tables exclusively.
  private static final int BULK_THRESHOLD = 50_000;

  private static final List<String> COMPLAINT_TABLES =
      List.of("complaint", "complaint_original", "complaint_routing", "complaint_event");

  // Tables whose ownership lifting the complaint tables' foreign keys needs.
  private static final List<String> KEYED_TABLES =
      List.of(
          "complaint",
          "complaint_original",
          "complaint_routing",
          "complaint_event",
          "category",
          "region",
          "agency");

  // Large enough for COPY to run at full speed, small enough that two chunks in flight stay a
  // few tens of megabytes whatever the total.
  private static final int CHUNK = 10_000;

  private static final List<String> TABLES =
      List.of(
          "region",
          "agency",
          "agency_channel",
          "category",
          "mpp",
          "mpp_opening_hours",
          "mpp_tenant",
          "mpp_service",
          "mpp_service_offering",
          "mpp_service_requirement",
          "mpp_service_step",
          "complaint",
          "complaint_original",
          "complaint_routing",
          "complaint_event");

  private static final List<String> IDENTITY_TABLES =
      List.of(
          "agency",
          "category",
          "mpp",
          "mpp_service",
          "complaint",
          "complaint_routing",
          "complaint_event");

  private final long seed;
  private final int bulkThreshold;

  public DemoDataGenerator(long seed) {
    this(seed, BULK_THRESHOLD);
  }

  /** For tests: lets small loads take the bulk path too. */
  DemoDataGenerator(long seed, int bulkThreshold) {
    this.seed = seed;
    this.bulkThreshold = bulkThreshold;
  }

  /**
   * Refreshes the planner's statistics of the loaded tables at once: until autovacuum gets to them,
   * PostgreSQL plans against empty tables, and the first queries after a large load (an export,
   * say) run orders of magnitude slower than they need to.
   */
  static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE " + String.join(", ", TABLES));
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  /** True when the region table is empty (a fresh database). */
  public static boolean isEmpty(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM region)")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Loads reference data (regions, agencies+channels, categories, MPPs, services) unless already
   * present, then appends {@code complaints} complaints. Commits itself (use the connection's
   * transaction; set autocommit false inside, restore after).
   */
  public SeedSummary load(Connection c, int complaints, ProgressListener progress)
      throws SQLException {
    Objects.requireNonNull(c, "connection");
    if (complaints < 0) {
      throw new IllegalArgumentException("complaints must not be negative, was " + complaints);
    }
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    long started = System.nanoTime();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("LOCK TABLE " + String.join(", ", TABLES) + " IN SHARE ROW EXCLUSIVE MODE");
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      Regions regions = new Regions();
      Counts counts =
          isEmpty(c) ? new ReferenceLoader(c, copy, listener).load(regions) : Counts.NONE;
      long added = appendComplaints(c, copy, regions, complaints, listener);
      resetSequences(c);
      c.commit();
      analyze(c);
      return new SeedSummary(
          counts.regions(),
          counts.agencies(),
          counts.categories(),
          counts.mpps(),
          counts.services(),
          added,
          Duration.ofNanos(System.nanoTime() - started));
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * Simulates on a background thread while this one copies the previous chunk, so generation and
   * PostgreSQL's ingest overlap. Large loads lift the foreign keys meanwhile (see {@link
   * ForeignKeys}) unless the database is already many times larger than the load, when
   * re-validating every existing row would cost more than checking the new ones.
   */
  private long appendComplaints(
      Connection c, CopyManager copy, Regions regions, int total, ProgressListener progress)
      throws SQLException {
    progress.onProgress(COMPLAINT_PHASE, 0, total);
    if (total == 0) {
      return 0;
    }
    long firstId = maxId(c, "complaint") + 1;
    ComplaintSimulator simulator =
        new ComplaintSimulator(
            seed,
            regions,
            idsByCode(c, "agency"),
            idsByCode(c, "category"),
            maxId(c, "complaint_routing") + 1,
            maxId(c, "complaint_event") + 1);
    boolean bulk =
        total >= bulkThreshold && firstId - 1 <= 4L * total && ForeignKeys.owned(c, KEYED_TABLES);
    List<ForeignKeys.Key> lifted = bulk ? ForeignKeys.drop(c, COMPLAINT_TABLES) : List.of();
    long reportEvery = Math.max(10_000, total / 100);
    ExecutorService background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "demo-complaint-simulator");
              t.setDaemon(true);
              return t;
            });
    try {
      long done = 0;
      long reported = 0;
      Future<ComplaintChunk> next =
          background.submit(() -> simulator.generate(firstId, Math.min(CHUNK, total)));
      while (done < total) {
        ComplaintChunk chunk = await(next);
        long nextFirst = firstId + done + chunk.count;
        int nextCount = (int) Math.min(CHUNK, total - done - chunk.count);
        if (nextCount > 0) {
          next = background.submit(() -> simulator.generate(nextFirst, nextCount));
        }
        chunk.writeTo(copy);
        done += chunk.count;
        if (done - reported >= reportEvery || done == total) {
          progress.onProgress(COMPLAINT_PHASE, done, total);
          reported = done;
        }
      }
      if (!lifted.isEmpty()) {
        progress.onProgress(REFERENCE_CHECK_PHASE, 0, lifted.size());
        ForeignKeys.restore(c, lifted);
        progress.onProgress(REFERENCE_CHECK_PHASE, lifted.size(), lifted.size());
      }
      return done;
    } finally {
      background.shutdownNow();
    }
  }

  private static ComplaintChunk await(Future<ComplaintChunk> next) {
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating complaints", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("generating complaints failed", e.getCause());
    }
  }

  private static void resetSequences(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : IDENTITY_TABLES) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), max(id)) FROM "
                + table
                + " HAVING max(id) IS NOT NULL");
      }
    }
  }

  /** The largest id in {@code table}, 0 when it is empty. */
  static long maxId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> idsByCode(Connection c, String table) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, id FROM " + table)) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
    return ids;
  }
}
