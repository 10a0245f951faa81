package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.statistics.BacklogBucket;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.MonthFigures;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.Satisfaction;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.Summary;
import id.aduanterbuka.statistics.WorkingCalendar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link ResponseFigures} from {@code complaint_fact} in one query, exact to the last digit: the
 * SQL twin of {@code ResponseFigures.compute} (tests compare the two on the same complaints). It is
 * the reference the rollups ({@link RollupStatistics}) are tested against, and serves scopes that
 * combine filters. Without an agency, each complaint counts once even when it is with two agencies.
 */
public final class SqlResponseFigures {
  private static final String SUMMARY =
      "count(%1$s) FILTER (WHERE counted), percentile_cont(0.5) WITHIN GROUP (ORDER BY %1$s)"
          + " FILTER (WHERE counted), percentile_cont(0.9) WITHIN GROUP (ORDER BY %1$s)"
          + " FILTER (WHERE counted), avg(%1$s) FILTER (WHERE counted)";
  private static final String QUERY =
      "WITH f AS (%s), a AS (SELECT wd_index AS asof_wd FROM calendar_day"
          + "   WHERE day = (CAST(? AS timestamptz) AT TIME ZONE 'Asia/Jakarta')::date),"
          + " g AS (SELECT f.*, greatest(0, a.asof_wd - f.received_wd) AS age FROM f, a)"
          + " SELECT count(*) FILTER (WHERE counted), count(*) FILTER (WHERE rejected),"
          + " count(*) FILTER (WHERE counted AND response_wd IS NOT NULL),"
          + " count(*) FILTER (WHERE counted AND resolution_wd IS NOT NULL),"
          + " count(*) FILTER (WHERE counted AND open), "
          + SUMMARY.formatted("response_hours")
          + ", "
          + SUMMARY.formatted("response_wd")
          + ", "
          + SUMMARY.formatted("resolution_hours")
          + ", "
          + SUMMARY.formatted("resolution_wd")
          + ","
          + " count(*) FILTER (WHERE counted AND (response_wd IS NOT NULL OR age > sla_working_days)),"
          + " count(*) FILTER (WHERE counted AND response_wd <= sla_working_days),"
          + " count(*) FILTER (WHERE counted AND rerouted), count(*) FILTER (WHERE counted AND reopened),"
          + " count(*) FILTER (WHERE counted AND reopened AND resolution_wd IS NULL),"
          + " count(*) FILTER (WHERE counted AND open AND age <= 5),"
          + " count(*) FILTER (WHERE counted AND open AND age BETWEEN 6 AND 14),"
          + " count(*) FILTER (WHERE counted AND open AND age BETWEEN 15 AND 60),"
          + " count(*) FILTER (WHERE counted AND open AND age > 60),"
          + " count(*) FILTER (WHERE counted AND satisfaction = 1),"
          + " count(*) FILTER (WHERE counted AND satisfaction = 2),"
          + " count(*) FILTER (WHERE counted AND satisfaction = 3),"
          + " count(*) FILTER (WHERE counted AND satisfaction = 4),"
          + " count(*) FILTER (WHERE counted AND satisfaction = 5)"
          + " FROM g";

  private final DataSource dataSource;

  public SqlResponseFigures(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The monthly trend: the figures of {@code scope} for each calendar month (WIB) from {@code from}
   * up to and including {@code to}, each month's complaints counted by the month they arrived in.
   */
  public List<MonthFigures> trend(
      StatisticsScope scope, YearMonth from, YearMonth to, Instant asOf) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a trend ends after it starts: " + from + ".." + to);
    }
    List<MonthFigures> series = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      series.add(new MonthFigures(m, figures(scope, start(m), start(m.plusMonths(1)), asOf)));
    }
    return series;
  }

  private static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(WorkingCalendar.WIB).toInstant();
  }

  /** Figures of the complaints in {@code scope} received in [from, to). */
  public ResponseFigures figures(StatisticsScope scope, Instant from, Instant to, Instant asOf) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE received_at >= ? AND received_at < ?");
    params.add(Timestamp.from(from));
    params.add(Timestamp.from(to));
    if (scope.agencyId() != null) {
      where.append(" AND agency_id = ?");
      params.add(scope.agencyId());
    }
    if (scope.categoryId() != null) {
      where.append(" AND category_id = ?");
      params.add(scope.categoryId());
    }
    if (scope.channel() != null) {
      where.append(" AND channel = ?");
      params.add(scope.channel().name());
    }
    if (scope.regencyCode() != null) {
      where.append(" AND regency_code = ?");
      params.add(scope.regencyCode());
    }
    String facts =
        scope.agencyId() == null
            ? "SELECT DISTINCT ON (complaint_id) * FROM complaint_fact"
                + where
                + " ORDER BY complaint_id"
            : "SELECT * FROM complaint_fact" + where;
    params.add(Timestamp.from(asOf));
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(QUERY.formatted(facts))) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Map<BacklogBucket, Long> backlog = new EnumMap<>(BacklogBucket.class);
        backlog.put(BacklogBucket.UP_TO_5, rs.getLong(27));
        backlog.put(BacklogBucket.FROM_6_TO_14, rs.getLong(28));
        backlog.put(BacklogBucket.FROM_15_TO_60, rs.getLong(29));
        backlog.put(BacklogBucket.OVER_60, rs.getLong(30));
        return new ResponseFigures(
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getLong(5),
            summary(rs, 6),
            summary(rs, 10),
            summary(rs, 14),
            summary(rs, 18),
            rs.getLong(22),
            rs.getLong(23),
            rs.getLong(24),
            rs.getLong(25),
            rs.getLong(26),
            backlog,
            new Satisfaction(
                new long[] {
                  rs.getLong(31), rs.getLong(32), rs.getLong(33), rs.getLong(34), rs.getLong(35)
                }));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot compute response figures", e);
    }
  }

  private static final String RANKING_SAMPLES =
      "WITH a AS (SELECT wd_index AS asof_wd FROM calendar_day"
          + "   WHERE day = (CAST(? AS timestamptz) AT TIME ZONE 'Asia/Jakarta')::date),"
          + " g AS (SELECT f.*, greatest(0, a.asof_wd - f.received_wd) AS age FROM complaint_fact f, a"
          + "   WHERE f.agency_id IS NOT NULL AND f.counted AND f.received_at >= ? AND f.received_at < ?)"
          + " SELECT agency_id, response_wd,"
          + " count(*) FILTER (WHERE response_wd IS NOT NULL OR age > sla_working_days),"
          + " count(*) FILTER (WHERE response_wd <= sla_working_days),"
          + " count(*) FILTER (WHERE response_wd IS NOT NULL)"
          + " FROM g GROUP BY agency_id, response_wd ORDER BY agency_id";

  /**
   * Per agency: SLA outcome counts and the histogram of response working days, for {@link
   * FairRanking} — one grouped query, no per-agency round trips.
   */
  public List<FairRanking.AgencySample> rankingSamples(Instant from, Instant to, Instant asOf) {
    Map<Long, long[]> counts = new LinkedHashMap<>();
    Map<Long, Map<Integer, Long>> histograms = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(RANKING_SAMPLES)) {
      ps.setTimestamp(1, Timestamp.from(asOf));
      ps.setTimestamp(2, Timestamp.from(from));
      ps.setTimestamp(3, Timestamp.from(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long agency = rs.getLong(1);
          long[] c2 = counts.computeIfAbsent(agency, k -> new long[2]);
          c2[0] += rs.getLong(3);
          c2[1] += rs.getLong(4);
          int wd = rs.getInt(2);
          if (!rs.wasNull()) {
            histograms.computeIfAbsent(agency, k -> new HashMap<>()).put(wd, rs.getLong(5));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the ranking samples", e);
    }
    List<FairRanking.AgencySample> samples = new ArrayList<>();
    counts.forEach(
        (agency, c2) ->
            samples.add(
                new FairRanking.AgencySample(
                    agency, c2[0], c2[1], histograms.getOrDefault(agency, Map.of()))));
    return samples;
  }

  private static Summary summary(ResultSet rs, int column) throws SQLException {
    long n = rs.getLong(column);
    if (n == 0) {
      return Summary.EMPTY;
    }
    return new Summary(
        n, rs.getDouble(column + 1), rs.getDouble(column + 2), rs.getDouble(column + 3));
  }
}
