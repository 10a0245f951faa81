package id.aduanterbuka.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Read model behind {@link StatisticsService}; implemented in the persistence module from rollups
 * kept in step with the complaints. Every figure must equal {@link ResponseFigures#compute} over
 * the same complaints (tests hold the implementation to that).
 */
public interface StatisticsReadModel {
  /**
   * Figures of the complaints in {@code scope} received in {@code range}, ages as of {@code asOf}.
   */
  ResponseFigures figures(StatisticsScope scope, DateRange range, Instant asOf);

  /** One {@link MonthFigures} per month from {@code from} to {@code to}, both included. */
  List<MonthFigures> trend(StatisticsScope scope, YearMonth from, YearMonth to, Instant asOf);

  /** Each agency's raw material for the {@link FairRanking}. */
  List<FairRanking.AgencySample> rankingSamples(DateRange range, Instant asOf);

  Coverage coverage();

  /** The month (WIB) of the latest complaint received, if there is any complaint. */
  java.util.Optional<YearMonth> latestMonth();

  /** The values of a dimension, ordered by code. */
  java.util.List<DimensionMember> members(Dimension dimension);
}
