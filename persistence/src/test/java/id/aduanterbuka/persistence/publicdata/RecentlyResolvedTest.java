package id.aduanterbuka.persistence.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSummary;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The latest resolved complaints (home page, feeds) are the published resolved complaints with the
 * latest resolution times, newest first — and PostgreSQL finds them by walking the resolution index
 * rather than sorting every resolved complaint.
 */
class RecentlyResolvedTest {
  @Test
  void theNewestResolutionsComeFirstAndAreFoundThroughTheIndex() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 1_500, ProgressListener.NONE);
    }
    new StatisticsFacts(db.dataSource()).refresh();

    List<String> shown =
        new SqlPublicComplaintQueries(db.dataSource())
            .recentlyResolved(ComplaintFilter.NONE, 8).stream()
                .map(ComplaintSummary::reference)
                .toList();

    List<String> expected = new ArrayList<>();
    String newest =
        "SELECT c.reference FROM complaint c JOIN complaint_fact f ON f.complaint_id = c.id"
            + " AND f.primary_row WHERE c.publication = 'PUBLISHED'"
            + " AND c.status IN ('RESOLVED', 'CLOSED')"
            + " ORDER BY f.resolved_at DESC NULLS LAST, c.id DESC LIMIT 8";
    StringBuilder plan = new StringBuilder();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(newest)) {
        while (rs.next()) {
          expected.add(rs.getString(1));
        }
      }
      s.execute("SET enable_seqscan = off"); // small table: ask whether the index can serve it
      try (ResultSet rs = s.executeQuery("EXPLAIN " + newest)) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    assertEquals(8, expected.size());
    assertEquals(expected, shown);
    assertTrue(plan.toString().contains("complaint_fact_resolved_idx"), plan.toString());
  }
}
