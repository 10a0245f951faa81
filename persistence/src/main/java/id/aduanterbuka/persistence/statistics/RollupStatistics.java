package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.persistence.JdbcValues;
import id.aduanterbuka.persistence.SqlArrays;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.statistics.BacklogBucket;
import id.aduanterbuka.statistics.Coverage;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.MonthFigures;
import id.aduanterbuka.statistics.OpenComplaints;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.StatisticsCell;
import id.aduanterbuka.statistics.StatisticsReadModel;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.WorkingCalendar;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link StatisticsReadModel} from the rollups: whole months of a range come from {@code
 * statistics_cell}, the days of partly covered months from {@code complaint_fact} (at most two
 * months' rows), and the part that depends on today — open complaints by age, unanswered ones past
 * their SLA — from {@code statistics_pending} (counts per day of receipt). A scope with more than
 * one filter (an agency's figures in one category, say) has no series of its own and is computed
 * exactly by {@link SqlResponseFigures}.
 */
@ApplicationScoped
public class RollupStatistics implements StatisticsReadModel {
  private static final String AS_OF_WD =
      "(SELECT wd_index FROM calendar_day"
          + " WHERE day = (CAST(? AS timestamptz) AT TIME ZONE 'Asia/Jakarta')::date)";

  private static final String LIVE =
      "SELECT %1$s coalesce(sum(open), 0),"
          + " coalesce(sum(open) FILTER (WHERE age <= 5), 0),"
          + " coalesce(sum(open) FILTER (WHERE age BETWEEN 6 AND 14), 0),"
          + " coalesce(sum(open) FILTER (WHERE age BETWEEN 15 AND 60), 0),"
          + " coalesce(sum(open) FILTER (WHERE age > 60), 0),"
          + " coalesce(sum(unanswered) FILTER (WHERE age > sla_working_days), 0)"
          + " FROM (SELECT %2$s open, unanswered, sla_working_days,"
          + " greatest(0, "
          + AS_OF_WD
          + " - received_wd) AS age FROM statistics_pending"
          + " WHERE series = ? AND received_day BETWEEN ? AND ? %3$s) p %4$s";

  // Public reads: the read pool (a streaming replica when one is configured, else the primary).
  @Resource(lookup = "java:app/jdbc/aduan-read")
  private DataSource dataSource;

  protected RollupStatistics() {}

  public RollupStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private record Target(Series series, String key) {
    static Target of(StatisticsScope scope) {
      if (scope.filters() > 1) {
        return null;
      }
      if (scope.agencyId() != null) {
        return new Target(Series.AGENCY, scope.agencyId().toString());
      }
      if (scope.categoryId() != null) {
        return new Target(Series.CATEGORY, scope.categoryId().toString());
      }
      if (scope.channel() != null) {
        return new Target(Series.CHANNEL, scope.channel().name());
      }
      if (scope.regencyCode() != null) {
        return new Target(Series.REGENCY, scope.regencyCode());
      }
      return new Target(Series.ALL, Series.ALL_KEY);
    }
  }

  @Override
  public ResponseFigures figures(StatisticsScope scope, DateRange range, Instant asOf) {
    Target target = Target.of(scope);
    if (target == null) {
      return new SqlResponseFigures(dataSource).figures(scope, range.start(), range.end(), asOf);
    }
    try (Connection c = dataSource.getConnection()) {
      StatisticsCell cell = new StatisticsCell();
      YearMonth first = YearMonth.from(range.first());
      YearMonth last = YearMonth.from(range.last());
      StatisticsRollups.read(c, target.series(), target.key(), first, last)
          .forEach(
              (month, monthCell) -> {
                if (range.covers(month)) {
                  cell.merge(monthCell);
                }
              });
      for (Instant[] edge : edges(range)) {
        cell.merge(StatisticsRollups.fromFacts(c, target.series(), target.key(), edge));
      }
      return cell.figures(live(c, target, range, asOf, null).get(null));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the statistics rollups", e);
    }
  }

  /** The days of the range in months it covers only partly, as [from, to) instants. */
  private static List<Instant[]> edges(DateRange range) {
    List<Instant[]> edges = new ArrayList<>();
    YearMonth first = YearMonth.from(range.first());
    YearMonth last = YearMonth.from(range.last());
    if (!range.covers(first)) {
      LocalDate end = first.equals(last) ? range.last() : first.atEndOfMonth();
      edges.add(new Instant[] {range.start(), start(end.plusDays(1))});
    }
    if (!first.equals(last) && !range.covers(last)) {
      edges.add(new Instant[] {start(last.atDay(1)), range.end()});
    }
    return edges;
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(WorkingCalendar.WIB).toInstant();
  }

  /**
   * The live part for a series key (or, {@code target} null, for every agency) from {@code
   * statistics_pending}; with {@code groupBy} ("month" or "agency") one per group. A group with
   * nothing pending is absent (callers use {@link OpenComplaints#NONE}).
   */
  private Map<Object, OpenComplaints> live(
      Connection c, Target target, DateRange range, Instant asOf, String groupBy)
      throws SQLException {
    String groupColumn =
        groupBy == null
            ? ""
            : groupBy.equals("month")
                ? "date_trunc('month', received_day)::date AS g,"
                : "series_key AS g,";
    boolean keyed = target != null && target.series() != Series.ALL;
    String sql =
        LIVE.formatted(
            groupBy == null ? "" : "g,",
            groupColumn,
            keyed ? "AND series_key = ?" : "",
            groupBy == null ? "" : "GROUP BY g");
    Map<Object, OpenComplaints> result = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, Timestamp.from(asOf));
      ps.setString(2, target == null ? Series.AGENCY.name() : target.series().name());
      ps.setObject(3, range.first());
      ps.setObject(4, range.last());
      if (keyed) {
        ps.setString(5, target.key());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int i = groupBy == null ? 1 : 2;
          Object group =
              groupBy == null
                  ? null
                  : groupBy.equals("month")
                      ? JdbcValues.localDate(rs, 1)
                      : Long.valueOf(rs.getString(1));
          Map<BacklogBucket, Long> backlog = OpenComplaints.emptyBacklog();
          long open = rs.getLong(i);
          backlog.put(BacklogBucket.UP_TO_5, rs.getLong(i + 1));
          backlog.put(BacklogBucket.FROM_6_TO_14, rs.getLong(i + 2));
          backlog.put(BacklogBucket.FROM_15_TO_60, rs.getLong(i + 3));
          backlog.put(BacklogBucket.OVER_60, rs.getLong(i + 4));
          result.put(group, new OpenComplaints(open, backlog, rs.getLong(i + 5)));
        }
      }
    }
    return result;
  }

  @Override
  public List<MonthFigures> trend(
      StatisticsScope scope, YearMonth from, YearMonth to, Instant asOf) {
    Target target = Target.of(scope);
    if (target == null) {
      return new SqlResponseFigures(dataSource).trend(scope, from, to, asOf);
    }
    try (Connection c = dataSource.getConnection()) {
      Map<YearMonth, StatisticsCell> cells =
          StatisticsRollups.read(c, target.series(), target.key(), from, to);
      Map<Object, OpenComplaints> live = live(c, target, DateRange.of(from, to), asOf, "month");
      List<MonthFigures> series = new ArrayList<>();
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        OpenComplaints pending = live.getOrDefault(m.atDay(1), OpenComplaints.NONE);
        series.add(
            new MonthFigures(m, cells.getOrDefault(m, new StatisticsCell()).figures(pending)));
      }
      return series;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the statistics trend", e);
    }
  }

  @Override
  public List<FairRanking.AgencySample> rankingSamples(DateRange range, Instant asOf) {
    try (Connection c = dataSource.getConnection()) {
      YearMonth first = YearMonth.from(range.first());
      YearMonth last = YearMonth.from(range.last());
      Map<Long, StatisticsCell> cells =
          StatisticsRollups.rankingCells(
              c,
              range.covers(first) ? first : first.plusMonths(1),
              range.covers(last) ? last : last.minusMonths(1),
              edges(range));
      Map<Object, OpenComplaints> live = live(c, null, range, asOf, "agency");
      List<FairRanking.AgencySample> samples = new ArrayList<>();
      cells.forEach(
          (agency, cell) -> {
            if (cell.received() > 0) {
              long pastSla = live.getOrDefault(agency, OpenComplaints.NONE).unansweredPastSla();
              samples.add(
                  new FairRanking.AgencySample(
                      agency,
                      cell.responseDays().n() + pastSla,
                      cell.slaMet(),
                      cell.responseDays().asMap()));
            }
          });
      return samples;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the ranking samples", e);
    }
  }

  @Override
  public java.util.Optional<YearMonth> latestMonth() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT (max(received_at) AT TIME ZONE 'Asia/Jakarta')::date FROM complaint");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      LocalDate day = JdbcValues.localDate(rs, 1);
      return java.util.Optional.ofNullable(day).map(YearMonth::from);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the latest complaint", e);
    }
  }

  @Override
  public List<DimensionMember> members(Dimension dimension) {
    if (dimension == Dimension.CHANNEL) {
      return java.util.Arrays.stream(IntakeChannel.values())
          .map(c -> new DimensionMember(c.name(), c.name(), c.name(), c.name()))
          .sorted(java.util.Comparator.comparing(DimensionMember::code))
          .toList();
    }
    String sql =
        switch (dimension) {
          case AGENCY -> "SELECT id::text, code, name, name FROM agency ORDER BY code";
          case CATEGORY -> "SELECT id::text, code, name_id, name_en FROM category ORDER BY code";
          default -> "SELECT code, code, name, name FROM region WHERE kind = ANY (?) ORDER BY code";
        };
    List<DimensionMember> members = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (dimension == Dimension.REGENCY) {
        ps.setArray(1, SqlArrays.names(c, RegionLevel.REGENCY.kinds()));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          members.add(
              new DimensionMember(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the " + dimension + " members", e);
    }
    return members;
  }

  @Override
  public Coverage coverage() {
    return new SqlCoverage(dataSource).coverage();
  }
}
