package id.aduanterbuka.statistics;

import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.privacy.SmallCellPolicy;
import id.aduanterbuka.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Application service for every statistic the API and portal show: figures for any scope and date
 * range, monthly trends, the fair ranking and coverage. Ages of open complaints are as of now.
 */
@ApplicationScoped
public class StatisticsService {
  /** The longest trend served in one call (ten years of months). */
  public static final int MAX_TREND_MONTHS = 120;

  private StatisticsReadModel readModel;
  private Clock clock;

  protected StatisticsService() {}

  @Inject
  public StatisticsService(StatisticsReadModel readModel) {
    this(readModel, Clock.systemUTC());
  }

  public StatisticsService(StatisticsReadModel readModel, Clock clock) {
    this.readModel = Objects.requireNonNull(readModel);
    this.clock = Objects.requireNonNull(clock);
  }

  public ResponseFigures figures(StatisticsScope scope, DateRange range) {
    return readModel.figures(scope, range, clock.instant());
  }

  public List<MonthFigures> trend(StatisticsScope scope, YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new InvalidValueException(
          "to", "a trend ends (" + to + ") before it starts (" + from + ")");
    }
    if (ChronoUnit.MONTHS.between(from, to) >= MAX_TREND_MONTHS) {
      throw new InvalidValueException(
          "from", "a trend covers at most " + MAX_TREND_MONTHS + " months");
    }
    return readModel.trend(scope, from, to, clock.instant());
  }

  /**
   * Agencies ranked by SLA compliance then median response; only agencies with at least {@code
   * minimumN} decided complaints get a rank and figures; {@code minimumN} may not go below the
   * small-cell threshold ({@link SmallCellPolicy}).
   */
  public List<FairRanking.Ranked> ranking(DateRange range, int minimumN) {
    int floor = SmallCellPolicy.DEFAULT.minimumGroup();
    if (minimumN < floor) {
      throw new InvalidValueException(
          "minimumN", "the minimum sample is at least " + floor + " (small-cell rule)");
    }
    return FairRanking.rank(readModel.rankingSamples(range, clock.instant()), minimumN);
  }

  /**
   * The month a trend or ranking ends in when the caller does not say: the month of the latest
   * complaint (an instance loaded with last year's data still shows it), else this month.
   */
  public YearMonth defaultLastMonth() {
    return readModel
        .latestMonth()
        .orElseGet(() -> YearMonth.now(clock.withZone(WorkingCalendar.WIB)));
  }

  public Coverage coverage() {
    return readModel.coverage();
  }

  public List<DimensionMember> members(Dimension dimension) {
    return readModel.members(dimension);
  }

  /** The member with this public code, or a 400 on {@code field}. */
  /** The member with this public code, if any. */
  public java.util.Optional<DimensionMember> find(Dimension dimension, String code) {
    return readModel.members(dimension).stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public DimensionMember member(Dimension dimension, String field, String code) {
    return find(dimension, code)
        .orElseThrow(
            () ->
                new InvalidValueException(field, "no " + field + " has the code '" + code + "'."));
  }

  /**
   * The scope of the given public codes (null: no filter); an unknown code is a 400 on its field.
   */
  public StatisticsScope scope(
      String agencyCode, String categoryCode, IntakeChannel channel, String regencyCode) {
    return new StatisticsScope(
        agencyCode == null
            ? null
            : Long.valueOf(member(Dimension.AGENCY, "agency", agencyCode).key()),
        categoryCode == null
            ? null
            : Long.valueOf(member(Dimension.CATEGORY, "category", categoryCode).key()),
        channel,
        regencyCode == null ? null : member(Dimension.REGENCY, "regency", regencyCode).key());
  }

  /** One member's figures in a breakdown. */
  public record Breakdown(DimensionMember member, ResponseFigures figures) {}

  /** The figures of every member of {@code by} over {@code range}, ordered by code. */
  public List<Breakdown> breakdown(Dimension by, DateRange range) {
    return readModel.members(by).stream()
        .map(m -> new Breakdown(m, figures(scopeOf(by, m), range)))
        .toList();
  }

  private static StatisticsScope scopeOf(Dimension by, DimensionMember m) {
    return switch (by) {
      case AGENCY -> StatisticsScope.agency(Long.parseLong(m.key()));
      case CATEGORY -> StatisticsScope.category(Long.parseLong(m.key()));
      case CHANNEL -> StatisticsScope.channel(IntakeChannel.valueOf(m.key()));
      case REGENCY -> StatisticsScope.regency(m.key());
    };
  }
}
