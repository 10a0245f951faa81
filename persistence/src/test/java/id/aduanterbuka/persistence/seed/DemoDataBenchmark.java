package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Manual timing run, not part of the suite: loads N complaints (default 100,000) into a fresh
 * embedded database and prints the time and the outcome mix. Run with the test classpath, e.g.
 * {@code java -cp ... id.aduanterbuka.persistence.seed.DemoDataBenchmark 1000000}.
 */
public final class DemoDataBenchmark {
  private DemoDataBenchmark() {}

  public static void main(String[] args) throws SQLException {
    int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (Connection c = PostgresTestDatabase.create().connection()) {
      SeedSummary summary =
          new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
              .load(
                  c,
                  complaints,
                  (phase, done, total) -> System.out.printf("%s %d/%d%n", phase, done, total));
      System.out.println(summary);
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT 'status ' || status, round(100.0 * count(*) / sum(count(*)) OVER (), 1)"
                      + " FROM complaint GROUP BY status UNION ALL"
                      + " SELECT 'events', count(*) FROM complaint_event UNION ALL"
                      + " SELECT 'routings', count(*) FROM complaint_routing UNION ALL"
                      + " SELECT 'unanswered %', round(100.0 * count(*) FILTER (WHERE NOT EXISTS"
                      + " (SELECT 1 FROM complaint_event e WHERE e.complaint_id = c.id AND"
                      + " e.event_type = 'RESPONDED') AND status = 'ROUTED') / count(*), 1)"
                      + " FROM complaint c UNION ALL"
                      + " SELECT 'reopened %', round(100.0 * count(DISTINCT complaint_id)"
                      + " / (SELECT count(*) FROM complaint), 1) FROM complaint_event"
                      + " WHERE event_type = 'REOPENED' UNION ALL"
                      + " SELECT 're-routed %', round(100.0 * count(DISTINCT complaint_id)"
                      + " / (SELECT count(*) FROM complaint), 1) FROM complaint_routing"
                      + " WHERE ended_at IS NOT NULL UNION ALL"
                      + " (SELECT 'median first answer h ' || a.code, round((percentile_cont(0.5)"
                      + " WITHIN GROUP (ORDER BY extract(epoch FROM e.occurred_at - c.received_at))"
                      + " / 3600)::numeric, 1) FROM complaint_event e"
                      + " JOIN complaint c ON c.id = e.complaint_id JOIN agency a ON a.id = e.agency_id"
                      + " WHERE e.event_type = 'RESPONDED' GROUP BY a.code ORDER BY 2)")) {
        while (rs.next()) {
          System.out.println(rs.getString(1) + ": " + rs.getString(2));
        }
      }
    }
  }
}
