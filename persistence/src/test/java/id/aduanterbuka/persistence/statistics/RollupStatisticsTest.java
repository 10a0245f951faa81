package id.aduanterbuka.persistence.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.HoursSketch;
import id.aduanterbuka.statistics.MonthFigures;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.Summary;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rollups against the exact computation ({@link SqlResponseFigures}, itself held to the plain
 * Java definition by {@link SqlResponseFiguresTest}): every series, ranges that cut months, trends,
 * the ranking, and cells kept up to date complaint by complaint.
 */
class RollupStatisticsTest {
  private static final Instant AS_OF = Instant.parse("2025-09-30T10:00:00Z");
  private static final List<DateRange> RANGES =
      List.of(
          new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)),
          new DateRange(LocalDate.of(2023, 3, 17), LocalDate.of(2024, 2, 9)),
          new DateRange(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 20)),
          new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

  private static PostgresTestDatabase db;

  @BeforeAll
  static void load() throws SQLException {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 3_000, ProgressListener.NONE);
    }
    new StatisticsFacts(db.dataSource()).refresh();
  }

  private static List<StatisticsScope> singleScopes() throws SQLException {
    List<StatisticsScope> scopes = new ArrayList<>();
    scopes.add(StatisticsScope.ALL);
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT 'a', agency_id::text FROM complaint_fact WHERE agency_id IS NOT NULL"
                    + " UNION SELECT DISTINCT 'c', category_id::text FROM complaint_fact"
                    + " UNION SELECT DISTINCT 'h', channel FROM complaint_fact"
                    + " UNION SELECT DISTINCT 'r', regency_code FROM complaint_fact"
                    + " WHERE regency_code IS NOT NULL")) {
      while (rs.next()) {
        String v = rs.getString(2);
        scopes.add(
            switch (rs.getString(1)) {
              case "a" -> StatisticsScope.agency(Long.parseLong(v));
              case "c" -> StatisticsScope.category(Long.parseLong(v));
              case "h" -> StatisticsScope.channel(IntakeChannel.valueOf(v));
              default -> StatisticsScope.regency(v);
            });
      }
    }
    assertTrue(
        scopes.size() > 100, "agencies, categories, channels and regencies: " + scopes.size());
    return scopes;
  }

  static void assertFigures(ResponseFigures expected, ResponseFigures actual, String what) {
    assertEquals(expected.received(), actual.received(), what + " received");
    assertEquals(expected.rejected(), actual.rejected(), what + " rejected");
    assertEquals(expected.answered(), actual.answered(), what + " answered");
    assertEquals(expected.resolved(), actual.resolved(), what + " resolved");
    assertEquals(expected.open(), actual.open(), what + " open");
    assertExact(expected.firstResponseWorkingDays(), actual.firstResponseWorkingDays(), what);
    assertExact(expected.resolutionWorkingDays(), actual.resolutionWorkingDays(), what);
    assertHours(expected.firstResponseHours(), actual.firstResponseHours(), what + " response h");
    assertHours(expected.resolutionHours(), actual.resolutionHours(), what + " resolution h");
    assertEquals(expected.slaDecided(), actual.slaDecided(), what + " SLA decided");
    assertEquals(expected.slaMet(), actual.slaMet(), what + " SLA met");
    assertEquals(expected.rerouted(), actual.rerouted(), what + " rerouted");
    assertEquals(expected.reopened(), actual.reopened(), what + " reopened");
    assertEquals(expected.reopenedUnresolved(), actual.reopenedUnresolved(), what);
    assertEquals(expected.backlog(), actual.backlog(), what + " backlog");
    assertEquals(expected.satisfaction(), actual.satisfaction(), what + " satisfaction");
  }

  /** Working days: exact (floating-point sums aside). */
  private static void assertExact(Summary expected, Summary actual, String what) {
    assertEquals(expected.n(), actual.n(), what + " n");
    if (expected.n() > 0) {
      assertEquals(expected.median(), actual.median(), 1e-9, what + " median");
      assertEquals(expected.p90(), actual.p90(), 1e-9, what + " p90");
      assertEquals(expected.mean(), actual.mean(), 1e-9, what + " mean");
    }
  }

  /** Hours: exact up to the sketch's capacity, within its relative accuracy beyond. */
  private static void assertHours(Summary expected, Summary actual, String what) {
    if (expected.n() <= HoursSketch.EXACT_CAPACITY) {
      assertExact(expected, actual, what);
      return;
    }
    double tolerance = HoursSketch.RELATIVE_ACCURACY;
    assertEquals(expected.n(), actual.n(), what + " n");
    assertEquals(expected.median(), actual.median(), expected.median() * tolerance, what);
    assertEquals(expected.p90(), actual.p90(), expected.p90() * tolerance, what);
    assertEquals(expected.mean(), actual.mean(), 1e-9 * expected.mean(), what + " mean");
  }

  @Test
  void everySeriesOverRangesThatCutMonthsEqualsTheExactFigures() throws SQLException {
    RollupStatistics rollups = new RollupStatistics(db.dataSource());
    SqlResponseFigures exact = new SqlResponseFigures(db.dataSource());
    int compared = 0;
    for (StatisticsScope scope : singleScopes()) {
      for (DateRange range : RANGES) {
        ResponseFigures expected = exact.figures(scope, range.start(), range.end(), AS_OF);
        assertFigures(expected, rollups.figures(scope, range, AS_OF), scope + " " + range);
        compared += expected.received() > 0 ? 1 : 0;
      }
    }
    assertTrue(compared > 300, "most comparisons have complaints: " + compared);
  }

  @Test
  void combinedScopesAreComputedExactly() {
    StatisticsScope scope = new StatisticsScope(null, null, IntakeChannel.WHATSAPP, null);
    DateRange range = RANGES.get(0);
    ResponseFigures whatsApp = new RollupStatistics(db.dataSource()).figures(scope, range, AS_OF);
    StatisticsScope combined =
        new StatisticsScope(null, null, IntakeChannel.WHATSAPP, "33.72"); // Surakarta
    ResponseFigures expected =
        new SqlResponseFigures(db.dataSource())
            .figures(combined, range.start(), range.end(), AS_OF);
    assertEquals(expected, new RollupStatistics(db.dataSource()).figures(combined, range, AS_OF));
    assertTrue(expected.received() > 0 && expected.received() < whatsApp.received());
  }

  @Test
  void trendsComeFromTheCellsOfEachMonth() throws SQLException {
    RollupStatistics rollups = new RollupStatistics(db.dataSource());
    SqlResponseFigures exact = new SqlResponseFigures(db.dataSource());
    YearMonth from = YearMonth.of(2023, 11);
    YearMonth to = YearMonth.of(2024, 4);
    for (StatisticsScope scope : singleScopes().subList(0, 12)) {
      List<MonthFigures> actual = rollups.trend(scope, from, to, AS_OF);
      List<MonthFigures> expected = exact.trend(scope, from, to, AS_OF);
      assertEquals(6, actual.size());
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i).month(), actual.get(i).month());
        assertFigures(expected.get(i).figures(), actual.get(i).figures(), scope + " " + from);
      }
    }
  }

  @Test
  void theRankingFromRollupsIsTheExactRanking() {
    RollupStatistics rollups = new RollupStatistics(db.dataSource());
    SqlResponseFigures exact = new SqlResponseFigures(db.dataSource());
    for (DateRange range : RANGES) {
      List<FairRanking.Ranked> expected =
          FairRanking.rank(
              exact.rankingSamples(range.start(), range.end(), AS_OF),
              FairRanking.DEFAULT_MINIMUM_N);
      assertEquals(
          expected,
          FairRanking.rank(rollups.rankingSamples(range, AS_OF), FairRanking.DEFAULT_MINIMUM_N),
          range.toString());
      assertTrue(expected.size() > 10, range + " has agencies");
    }
  }

  @Test
  void changedComplaintsUpdateTheirCellsAsAFullRebuildWould() throws SQLException {
    PostgresTestDatabase own = PostgresTestDatabase.create();
    try (Connection c = own.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 1_000, ProgressListener.NONE);
    }
    StatisticsFacts facts = new StatisticsFacts(own.dataSource());
    facts.refresh();
    String before = cells(own);
    List<Long> changed = new ArrayList<>();
    try (Connection c = own.connection();
        Statement s = c.createStatement()) {
      // answers for ten waiting complaints, ratings for ten resolved ones, a move to another
      // category and month, a re-routing to another agency
      collect(s, "SELECT id FROM complaint WHERE status = 'ROUTED' ORDER BY id LIMIT 10", changed);
      s.execute(
          "INSERT INTO complaint_event (id, complaint_id, seq, event_type, occurred_at, agency_id)"
              + " SELECT (SELECT max(id) FROM complaint_event) + row_number() OVER (ORDER BY c.id),"
              + " c.id, (SELECT max(seq) + 1 FROM complaint_event e WHERE e.complaint_id = c.id),"
              + " 'RESPONDED', (SELECT max(occurred_at) FROM complaint_event e"
              + "   WHERE e.complaint_id = c.id) + interval '3 days',"
              + " (SELECT agency_id FROM complaint_routing r"
              + "   WHERE r.complaint_id = c.id AND ended_at IS NULL LIMIT 1)"
              + " FROM complaint c WHERE c.id = ANY (ARRAY"
              + changed
              + "::bigint[])");
      s.execute(
          "UPDATE complaint SET status = 'RESPONDED' WHERE id = ANY (ARRAY"
              + changed
              + "::bigint[])");
      List<Long> rated = new ArrayList<>();
      collect(
          s,
          "SELECT id FROM complaint WHERE status = 'CLOSED' AND satisfaction IS NULL"
              + " ORDER BY id LIMIT 10",
          rated);
      s.execute(
          "UPDATE complaint SET satisfaction = 1 + id % 5 WHERE id = ANY (ARRAY"
              + rated
              + "::bigint[])");
      changed.addAll(rated);
      List<Long> moved = new ArrayList<>();
      collect(
          s, "SELECT id FROM complaint WHERE status = 'CLOSED' ORDER BY id DESC LIMIT 1", moved);
      s.execute(
          "UPDATE complaint SET category_id = (SELECT min(id) FROM category),"
              + " received_at = received_at - interval '40 days' WHERE id = "
              + moved.get(0));
      changed.addAll(moved);
      List<Long> rerouted = new ArrayList<>();
      collect(
          s,
          "SELECT complaint_id FROM complaint_routing WHERE ended_at IS NULL"
              + " GROUP BY complaint_id HAVING count(*) = 1 ORDER BY complaint_id LIMIT 1",
          rerouted);
      long id = rerouted.get(0);
      s.execute("UPDATE complaint_routing SET ended_at = routed_at WHERE complaint_id = " + id);
      s.execute(
          "INSERT INTO complaint_routing (id, complaint_id, agency_id, routed_at)"
              + " SELECT (SELECT max(id) + 1 FROM complaint_routing), complaint_id,"
              + " (SELECT max(id) FROM agency WHERE id <> agency_id), routed_at"
              + " FROM complaint_routing WHERE complaint_id = "
              + id);
      changed.add(id);
    }

    facts.refresh(changed);
    String incremental = cells(own);
    facts.refresh();
    String rebuilt = cells(own);

    assertNotEquals(before, incremental, "the changes moved figures");
    assertEquals(rebuilt, incremental);
    assertEquals(0, facts.refreshOutdated(), "every complaint has its facts");
  }

  private static void collect(Statement s, String sql, List<Long> into) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        into.add(rs.getLong(1));
      }
    }
  }

  /**
   * The cells and pending counts as text; exact hour values sorted and sums rounded (their order is
   * arbitrary).
   */
  private static String cells(PostgresTestDatabase database) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = database.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT series, series_key, month, received, rejected, sla_met, rerouted, reopened,"
                    + " reopened_unresolved, response_wd, resolution_wd,"
                    + " (SELECT array_agg(x ORDER BY x) FROM unnest(response_hours_exact) x),"
                    + " response_hours_offset, response_hours_buckets,"
                    + " round(response_hours_sum::numeric, 6),"
                    + " (SELECT array_agg(x ORDER BY x) FROM unnest(resolution_hours_exact) x),"
                    + " resolution_hours_offset, resolution_hours_buckets,"
                    + " round(resolution_hours_sum::numeric, 6), satisfaction"
                    + " FROM statistics_cell ORDER BY series, series_key, month")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          out.append(rs.getString(i)).append('|');
        }
        out.append('\n');
      }
    }
    try (Connection c = database.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT series, series_key, received_day, sla_working_days, received_wd, open,"
                    + " unanswered FROM statistics_pending ORDER BY 1, 2, 3, 4")) {
      while (rs.next()) {
        for (int i = 1; i <= 7; i++) {
          out.append(rs.getString(i)).append('|');
        }
        out.append('\n');
      }
    }
    assertTrue(out.length() > 1_000);
    return out.toString();
  }
}
