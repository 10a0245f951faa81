package id.aduanterbuka.persistence.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A full export outlasts the pool's {@code statement_timeout} (given at connect, as the
 * application's pool has it): it lifts the limit for its own transaction.
 */
class ExportStatementTimeoutTest {
  private static final int TIMEOUT_MS = 300;

  @Test
  void aFullExportIsNotCancelledByThePoolsStatementTimeout() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 300, ProgressListener.NONE);
    }
    new StatisticsFacts(db.dataSource()).refresh();
    int published = count(new SqlPublicComplaintQueries(db.dataSource()));
    assertTrue(published > 0);
    PGSimpleDataSource pool = new PGSimpleDataSource();
    pool.setURL(db.jdbcUrl());
    pool.setUser(db.user());
    pool.setOptions("-c statement_timeout=" + TIMEOUT_MS);

    CompletableFuture<Integer> export;
    try (Connection holder = db.connection();
        Statement s = holder.createStatement()) {
      holder.setAutoCommit(false);
      // Anything reading complaints now waits for this lock, longer than the timeout.
      s.execute("LOCK TABLE complaint IN ACCESS EXCLUSIVE MODE");
      SQLException limited = assertThrows(SQLException.class, () -> count(pool));
      assertEquals("57014", limited.getSQLState(), "other statements on the pool are cancelled");

      export = CompletableFuture.supplyAsync(() -> count(new SqlPublicComplaintQueries(pool)));
      awaitExportWaitingLongerThanTheTimeout(db, export);
      assertFalse(export.isDone());
      holder.rollback();
    }
    assertEquals(published, export.get(30, TimeUnit.SECONDS));
  }

  private static int count(SqlPublicComplaintQueries queries) {
    AtomicInteger rows = new AtomicInteger();
    queries.streamAll(detail -> rows.incrementAndGet());
    return rows.get();
  }

  private static int count(DataSource pool) throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM complaint")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void awaitExportWaitingLongerThanTheTimeout(
      PostgresTestDatabase db, CompletableFuture<Integer> export) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = db.connection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                      + " AND wait_event_type = 'Lock' AND query LIKE '%ORDER BY c.received_at%'"
                      + " AND now() - query_start > interval '"
                      + 3 * TIMEOUT_MS
                      + " milliseconds'")) {
        rs.next();
        if (rs.getInt(1) == 1) {
          return;
        }
      }
      try {
        throw new AssertionError(
            "the export ended while the table was locked: "
                + export.get(50, TimeUnit.MILLISECONDS));
      } catch (TimeoutException stillWaiting) {
        // poll again
      }
    }
    throw new AssertionError("the export never waited on the lock");
  }
}
