package id.aduanterbuka.cli;

import id.aduanterbuka.persistence.statistics.RollupStatistics;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.StatisticsService;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * {@code bin/aduan benchmark-statistics}: rebuilds the statistics facts and rollups, then times the
 * statistics service (as the API and portal call it) on random agencies and date ranges: one
 * agency's figures, the ranking, the whole instance, a trend, and updating changed complaints.
 * Prints latency percentiles; docs/benchmarks.md keeps the latest results.
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
          "complaints: %,d; facts and rollups rebuilt: %,d fact rows in %.1f s%n",
          complaints,
          facts,
          (System.nanoTime() - started) / 1e9);
    }
    List<Long> agencies = ids();
    Instant asOf = Instant.parse("2025-09-30T10:00:00Z");
    StatisticsService service =
        new StatisticsService(new RollupStatistics(dataSource), Clock.fixed(asOf, ZoneOffset.UTC));
    SplittableRandom rnd = new SplittableRandom(42);
    for (int warm = 0; warm < 20; warm++) {
      service.figures(StatisticsScope.agency(agencies.get(warm % agencies.size())), dayRange(rnd));
      service.ranking(monthRange(rnd), FairRanking.DEFAULT_MINIMUM_N);
    }
    report(
        "one agency, any day range",
        time(
            queries,
            () ->
                service.figures(
                    StatisticsScope.agency(agencies.get(rnd.nextInt(agencies.size()))),
                    dayRange(rnd))));
    report(
        "ranking, whole months",
        time(queries, () -> service.ranking(monthRange(rnd), FairRanking.DEFAULT_MINIMUM_N)));
    report(
        "ranking, any day range",
        time(queries / 4, () -> service.ranking(dayRange(rnd), FairRanking.DEFAULT_MINIMUM_N)));
    report(
        "whole instance, day range",
        time(queries / 4, () -> service.figures(StatisticsScope.ALL, dayRange(rnd))));
    report(
        "agency trend, 36 months",
        time(
            queries / 4,
            () ->
                service.trend(
                    StatisticsScope.agency(agencies.get(rnd.nextInt(agencies.size()))),
                    YearMonth.of(2022, 10),
                    YearMonth.of(2025, 9))));
    List<Long> sample = sampleComplaints(rnd, 100);
    report("update 100 complaints", time(5, () -> new StatisticsFacts(dataSource).refresh(sample)));
  }

  private static double[] time(int n, Runnable query) {
    double[] millis = new double[Math.max(5, n)];
    for (int i = 0; i < millis.length; i++) {
      long t = System.nanoTime();
      query.run();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    return millis;
  }

  /** A range of 1 to 1,096 days starting on any day of the demo's three years. */
  private static DateRange dayRange(SplittableRandom rnd) {
    LocalDate first = FIRST_DAY.plusDays(rnd.nextInt(1_000));
    LocalDate last =
        first.plusDays(rnd.nextInt(1_096 - (int) (first.toEpochDay() - FIRST_DAY.toEpochDay())));
    return new DateRange(first, last);
  }

  /** Whole months: 1 to 36 of them. */
  private static DateRange monthRange(SplittableRandom rnd) {
    YearMonth from = YearMonth.from(FIRST_DAY).plusMonths(rnd.nextInt(30));
    YearMonth to =
        from.plusMonths(
            rnd.nextInt(
                36
                    - (int)
                        java.time.temporal.ChronoUnit.MONTHS.between(
                            YearMonth.from(FIRST_DAY), from)));
    return DateRange.of(from, to);
  }

  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 10, 1);

  private List<Long> sampleComplaints(SplittableRandom rnd, int n) throws SQLException {
    long max = count("SELECT max(id) FROM complaint");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(1 + rnd.nextLong(max));
    }
    return ids;
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
