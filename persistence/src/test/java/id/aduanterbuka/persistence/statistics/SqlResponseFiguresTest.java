package id.aduanterbuka.persistence.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.statistics.ComplaintClock;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.MonthFigures;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.Summary;
import id.aduanterbuka.statistics.WorkingCalendar;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL read model against the independent computation: plain Java clocks ({@link
 * ComplaintClock}) built from the same generated timelines, fed to {@link ResponseFigures}.
 */
class SqlResponseFiguresTest {
  private static final Instant FROM = Instant.parse("2022-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant AS_OF = Instant.parse("2025-09-30T10:00:00Z");

  private static PostgresTestDatabase db;
  private static WorkingCalendar calendar;

  /** complaint id → its clock, its received time, the agencies it is with now. */
  private static final Map<Long, ComplaintClock> CLOCKS = new HashMap<>();

  private static final Map<Long, Set<Long>> AGENCIES = new HashMap<>();

  /** complaint id → {category id, channel, regency code}. */
  private static final Map<Long, Object[]> DIMENSIONS = new HashMap<>();

  @BeforeAll
  static void load() throws SQLException {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 1_500, ProgressListener.NONE);
    }
    assertTrue(new StatisticsFacts(db.dataSource()).refresh() >= 1_500);
    calendar = new JdbcHolidays(db.dataSource()).calendar();
    Map<Long, List<ComplaintClock.Event>> events = new HashMap<>();
    Map<Long, Integer> reroutes = new HashMap<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT complaint_id, event_type, occurred_at FROM complaint_event"
                  + " ORDER BY complaint_id, seq")) {
        while (rs.next()) {
          events
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new ComplaintClock.Event(
                      EventType.valueOf(rs.getString(2)),
                      rs.getObject(3, OffsetDateTime.class).toInstant()));
        }
      }
      try (ResultSet rs =
          s.executeQuery("SELECT complaint_id, agency_id, ended_at FROM complaint_routing")) {
        while (rs.next()) {
          if (rs.getObject(3) == null) {
            AGENCIES.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
          } else {
            reroutes.merge(rs.getLong(1), 1, Integer::sum);
          }
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT c.id, c.received_at, c.status, k.sla_working_days, c.category_id, c.channel,"
                  + " c.region_code, c.satisfaction FROM complaint c JOIN category k ON k.id = c.category_id")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String region = rs.getString(7);
          DIMENSIONS.put(
              id,
              new Object[] {
                rs.getLong(5), rs.getString(6), region == null ? null : region.substring(0, 5)
              });
          CLOCKS.put(
              id,
              ComplaintClock.of(
                      rs.getObject(2, OffsetDateTime.class).toInstant(),
                      ComplaintStatus.valueOf(rs.getString(3)),
                      events.getOrDefault(id, List.of()),
                      reroutes.getOrDefault(id, 0),
                      rs.getInt(4))
                  .withSatisfaction((Integer) rs.getObject(8, Integer.class)));
        }
      }
    }
  }

  private static ResponseFigures reference(Long agency, Instant from, Instant to) {
    List<ComplaintClock> group = new ArrayList<>();
    CLOCKS.forEach(
        (id, clock) -> {
          boolean inAgency = agency == null || AGENCIES.getOrDefault(id, Set.of()).contains(agency);
          boolean inRange = !clock.receivedAt().isBefore(from) && clock.receivedAt().isBefore(to);
          if (inAgency && inRange) {
            group.add(clock);
          }
        });
    return ResponseFigures.compute(group, calendar, AS_OF);
  }

  private static void assertSame(ResponseFigures expected, ResponseFigures actual, String what) {
    assertEquals(expected.received(), actual.received(), what + " received");
    assertEquals(expected.rejected(), actual.rejected(), what + " rejected");
    assertEquals(expected.answered(), actual.answered(), what + " answered");
    assertEquals(expected.resolved(), actual.resolved(), what + " resolved");
    assertEquals(expected.open(), actual.open(), what + " open");
    assertSummary(expected.firstResponseHours(), actual.firstResponseHours(), what + " response h");
    assertSummary(
        expected.firstResponseWorkingDays(),
        actual.firstResponseWorkingDays(),
        what + " response wd");
    assertSummary(expected.resolutionHours(), actual.resolutionHours(), what + " resolution h");
    assertSummary(
        expected.resolutionWorkingDays(), actual.resolutionWorkingDays(), what + " resolution wd");
    assertEquals(expected.slaDecided(), actual.slaDecided(), what + " SLA decided");
    assertEquals(expected.slaMet(), actual.slaMet(), what + " SLA met");
    assertEquals(expected.rerouted(), actual.rerouted(), what + " rerouted");
    assertEquals(expected.reopened(), actual.reopened(), what + " reopened");
    assertEquals(
        expected.reopenedUnresolved(), actual.reopenedUnresolved(), what + " reopened open");
    assertEquals(expected.backlog(), actual.backlog(), what + " backlog");
    assertEquals(expected.satisfaction(), actual.satisfaction(), what + " satisfaction");
  }

  private static void assertSummary(Summary expected, Summary actual, String what) {
    assertEquals(expected.n(), actual.n(), what + " n");
    if (expected.n() > 0) {
      assertEquals(expected.median(), actual.median(), 1e-6, what + " median");
      assertEquals(expected.p90(), actual.p90(), 1e-6, what + " p90");
      assertEquals(expected.mean(), actual.mean(), 1e-6, what + " mean");
    }
  }

  @Test
  void everyAgencyMatchesTheIndependentComputation() {
    SqlResponseFigures sql = new SqlResponseFigures(db.dataSource());
    Set<Long> agencies = new HashSet<>();
    AGENCIES.values().forEach(agencies::addAll);
    assertTrue(agencies.size() >= 20, "the demo spreads complaints over many agencies");
    for (long agency : agencies) {
      assertSame(
          reference(agency, FROM, TO),
          sql.figures(StatisticsScope.agency(agency), FROM, TO, AS_OF),
          "agency " + agency);
    }
  }

  @Test
  void aDateRangeAndTheWholeInstanceMatchToo() {
    SqlResponseFigures sql = new SqlResponseFigures(db.dataSource());
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant to = Instant.parse("2024-07-01T00:00:00Z");
    assertSame(
        reference(null, from, to),
        sql.figures(StatisticsScope.ALL, from, to, AS_OF),
        "first half 2024");
    ResponseFigures all = sql.figures(StatisticsScope.ALL, FROM, TO, AS_OF);
    assertSame(reference(null, FROM, TO), all, "everything");
    assertTrue(all.received() > 1_000 && all.rejected() > 0 && all.reopened() > 0);
    assertTrue(all.satisfaction().n() > 100, "the demo has ratings");
  }

  @Test
  void theFairRankingIsTheSameFromSqlAndFromJava() {
    Set<Long> agencies = new HashSet<>();
    AGENCIES.values().forEach(agencies::addAll);
    List<FairRanking.AgencySample> reference = new ArrayList<>();
    for (long agency : agencies) {
      Map<Integer, Long> histogram = new HashMap<>();
      List<ComplaintClock> group = new ArrayList<>();
      CLOCKS.forEach(
          (id, clock) -> {
            if (AGENCIES.getOrDefault(id, Set.of()).contains(agency) && clock.counts()) {
              group.add(clock);
              if (clock.isAnswered()) {
                histogram.merge(
                    calendar.workingDaysBetween(clock.receivedAt(), clock.firstResponseAt()),
                    1L,
                    Long::sum);
              }
            }
          });
      ResponseFigures f = ResponseFigures.compute(group, calendar, AS_OF);
      reference.add(new FairRanking.AgencySample(agency, f.slaDecided(), f.slaMet(), histogram));
    }

    List<FairRanking.Ranked> fromJava = FairRanking.rank(reference, FairRanking.DEFAULT_MINIMUM_N);
    List<FairRanking.Ranked> fromSql =
        FairRanking.rank(
            new SqlResponseFigures(db.dataSource()).rankingSamples(FROM, TO, AS_OF),
            FairRanking.DEFAULT_MINIMUM_N);

    assertEquals(fromJava, fromSql);
    assertTrue(
        fromSql.stream().filter(r -> r.rank() != null).count() >= 10, "most agencies ranked");
  }

  @Test
  void breakdownsByCategoryChannelAndRegencyMatchToo() {
    SqlResponseFigures sql = new SqlResponseFigures(db.dataSource());
    Set<Object> categories = new HashSet<>();
    Set<Object> channels = new HashSet<>();
    Set<Object> regencies = new HashSet<>();
    DIMENSIONS
        .values()
        .forEach(
            d -> {
              categories.add(d[0]);
              channels.add(d[1]);
              if (d[2] != null) {
                regencies.add(d[2]);
              }
            });
    for (Object category : categories) {
      assertSame(
          scoped(0, category),
          sql.figures(StatisticsScope.category((Long) category), FROM, TO, AS_OF),
          "category " + category);
    }
    for (Object channel : channels) {
      assertSame(
          scoped(1, channel),
          sql.figures(
              StatisticsScope.channel(IntakeChannel.valueOf((String) channel)), FROM, TO, AS_OF),
          "channel " + channel);
    }
    for (Object regency : regencies) {
      assertSame(
          scoped(2, regency),
          sql.figures(StatisticsScope.regency((String) regency), FROM, TO, AS_OF),
          "regency " + regency);
    }
    assertTrue(categories.size() >= 20 && channels.size() >= 8 && regencies.size() >= 30);
  }

  private static ResponseFigures scoped(int dimension, Object value) {
    List<ComplaintClock> group = new ArrayList<>();
    CLOCKS.forEach(
        (id, clock) -> {
          if (value.equals(DIMENSIONS.get(id)[dimension])) {
            group.add(clock);
          }
        });
    return ResponseFigures.compute(group, calendar, AS_OF);
  }

  @Test
  void theMonthlyTrendIsTheFiguresOfEachMonth() {
    long agency = AGENCIES.values().stream().flatMap(Set::stream).findFirst().orElseThrow();
    List<MonthFigures> trend =
        new SqlResponseFigures(db.dataSource())
            .trend(
                StatisticsScope.agency(agency),
                java.time.YearMonth.of(2023, 11),
                java.time.YearMonth.of(2024, 2),
                AS_OF);

    assertEquals(4, trend.size());
    for (MonthFigures month : trend) {
      Instant from = month.month().atDay(1).atStartOfDay(WorkingCalendar.WIB).toInstant();
      Instant to =
          month.month().plusMonths(1).atDay(1).atStartOfDay(WorkingCalendar.WIB).toInstant();
      assertSame(reference(agency, from, to), month.figures(), "month " + month.month());
    }
    assertTrue(trend.stream().mapToLong(m -> m.figures().received()).sum() > 0);
  }
}
