package id.aduanterbuka.persistence.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A full rebuild of the facts and rollups does not stop the figures and the list from being read:
 * while it runs (held at a known point by a lock on its last table), another connection reads the
 * old rows at once. Held there longer than the pool's statement and socket timeouts, it still
 * completes: long work is exempt from both.
 */
class StatisticsRebuildReadsTest {
  private static final TimeUnit MS = TimeUnit.MILLISECONDS;
  private static final int POOL_TIMEOUT_MS = 300;
  private static final String COUNTS =
      "SELECT (SELECT count(*) FROM complaint_fact) || '/'"
          + " || (SELECT count(*) FROM statistics_cell) || '/'"
          + " || (SELECT count(*) FROM statistics_pending)";

  @Test
  void readsDuringARebuildAreAnsweredFromTheOldRows() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 1_500, ProgressListener.NONE);
    }
    // The application's pool cancels statements after 300 ms; the rebuild is exempt.
    PGSimpleDataSource pool = new PGSimpleDataSource();
    pool.setURL(db.jdbcUrl());
    pool.setUser(db.user());
    pool.setOptions("-c statement_timeout=" + POOL_TIMEOUT_MS);
    pool.setSocketTimeout(1);
    StatisticsFacts facts = new StatisticsFacts(pool);
    facts.refresh();
    String before = text(db, COUNTS);
    assertFalse(before.startsWith("0/"), before);

    CompletableFuture<Integer> rebuild;
    try (Connection holder = db.connection();
        Statement s = holder.createStatement()) {
      // The rebuild has replaced the facts and cleared the cells when it reaches this table.
      holder.setAutoCommit(false);
      s.execute("LOCK TABLE statistics_pending IN SHARE MODE");
      rebuild = CompletableFuture.supplyAsync(facts::refresh);
      awaitRebuildWaitingOnStatisticsPending(db, rebuild);

      try (Connection reader = db.connection();
          Statement r = reader.createStatement()) {
        // A read queued behind an ACCESS EXCLUSIVE lock (TRUNCATE) would be cancelled here.
        r.execute("SET statement_timeout = '2s'");
        Instant started = Instant.now();
        try (ResultSet rs = r.executeQuery(COUNTS)) {
          rs.next();
          assertEquals(before, rs.getString(1), "the old rows, under MVCC");
        }
        assertTrue(Duration.between(started, Instant.now()).toMillis() < 2_000);
      }
      assertFalse(rebuild.isDone(), "the read did not wait for the rebuild to finish");
      holder.commit();
    }
    assertTrue(rebuild.get(60, TimeUnit.SECONDS) > 0);
    assertEquals(before, text(db, COUNTS), "the same data rebuilds to the same rows");
  }

  private static void awaitRebuildWaitingOnStatisticsPending(
      PostgresTestDatabase db, CompletableFuture<Integer> rebuild) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (Long.parseLong(
              text(
                  db,
                  "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                      + " AND wait_event_type = 'Lock'"
                      + " AND query LIKE 'DELETE FROM statistics_pending%'"
                      + " AND now() - query_start > interval '"
                      + 4 * POOL_TIMEOUT_MS
                      + " milliseconds'"))
          == 1) {
        return;
      }
      try {
        throw new AssertionError("the rebuild finished despite the lock: " + rebuild.get(50, MS));
      } catch (TimeoutException stillRunning) {
        // poll again
      }
    }
    throw new AssertionError("the rebuild never reached statistics_pending");
  }

  private static String text(PostgresTestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
