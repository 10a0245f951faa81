package id.aduanterbuka.cli;

import id.aduanterbuka.persistence.statistics.SqlResponseFigures;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.statistics.FairRanking;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * {@code bin/aduan benchmark-statistics}: refreshes the statistics facts, then times per-agency
 * figures for random agencies and date ranges, and the figures of the whole instance. Prints the
 * latency percentiles; docs/benchmarks.md keeps the latest results.
 */
final class StatisticsBenchmark {
  private final DataSource dataSource;
  private final PrintStream out;

  StatisticsBenchmark(DataSource dataSource, PrintStream out) {
    this.dataSource = dataSource;
    this.out = out;
  }

  void run(int queries, boolean refresh) throws SQLException {
    long complaints = count("SELECT count(*) FROM complaint");
    if (refresh) {
      long started = System.nanoTime();
      int facts = new StatisticsFacts(dataSource).refresh();
      out.printf(
          Locale.ROOT,
          "complaints: %,d; facts refreshed: %,d rows in %.1f s%n",
          complaints,
          facts,
          (System.nanoTime() - started) / 1e9);
    }
    List<Long> agencies = ids();
    SqlResponseFigures figures = new SqlResponseFigures(dataSource);
    Instant asOf = Instant.parse("2025-09-30T10:00:00Z");
    SplittableRandom rnd = new SplittableRandom(42);
    for (int warm = 0; warm < 20; warm++) {
      figures.figures(
          SqlResponseFigures.Scope.agency(agencies.get(warm % agencies.size())),
          start(0),
          start(36),
          asOf);
    }
    double[] agencyMillis = new double[queries];
    for (int i = 0; i < queries; i++) {
      int from = rnd.nextInt(30);
      int months = 1 + rnd.nextInt(36 - from);
      long agency = agencies.get(rnd.nextInt(agencies.size()));
      long t = System.nanoTime();
      figures.figures(
          SqlResponseFigures.Scope.agency(agency), start(from), start(from + months), asOf);
      agencyMillis[i] = (System.nanoTime() - t) / 1e6;
    }
    report("one agency, random range", agencyMillis);
    double[] allMillis = new double[Math.max(5, queries / 20)];
    for (int i = 0; i < allMillis.length; i++) {
      long t = System.nanoTime();
      figures.figures(SqlResponseFigures.Scope.ALL, start(0), start(36), asOf);
      allMillis[i] = (System.nanoTime() - t) / 1e6;
    }
    report("whole instance, 3 years", allMillis);
    double[] rankingMillis = new double[Math.max(5, queries / 20)];
    for (int i = 0; i < rankingMillis.length; i++) {
      long t = System.nanoTime();
      FairRanking.rank(
          figures.rankingSamples(start(0), start(36), asOf), FairRanking.DEFAULT_MINIMUM_N);
      rankingMillis[i] = (System.nanoTime() - t) / 1e6;
    }
    report("all-agency ranking, 3 yrs", rankingMillis);
  }

  /** The first day of the month {@code months} after October 2022 (the demo's first month). */
  private static Instant start(int months) {
    return LocalDate.of(2022, 10, 1)
        .plusMonths(months)
        .atStartOfDay()
        .toInstant(ZoneOffset.ofHours(7));
  }

  private void report(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    out.printf(
        Locale.ROOT,
        "%-26s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n",
        what,
        sorted.length,
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[sorted.length - 1]);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<Long> ids() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT agency_id FROM complaint_fact WHERE agency_id IS NOT NULL")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
