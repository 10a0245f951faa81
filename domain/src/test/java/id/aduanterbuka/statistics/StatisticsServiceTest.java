package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.aduanterbuka.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's own rules: validation, the clock it asks with, the ranking's small-cell floor. */
class StatisticsServiceTest {
  private static final Instant NOW = Instant.parse("2025-03-03T05:00:00Z");

  /** Records what it was asked; answers the ranking from fixed samples. */
  private static final class RecordingReadModel implements StatisticsReadModel {
    final List<Instant> asked = new ArrayList<>();

    @Override
    public ResponseFigures figures(StatisticsScope scope, DateRange range, Instant asOf) {
      asked.add(asOf);
      return new StatisticsCell().figures(OpenComplaints.NONE);
    }

    @Override
    public List<MonthFigures> trend(
        StatisticsScope scope, YearMonth from, YearMonth to, Instant asOf) {
      asked.add(asOf);
      return List.of();
    }

    @Override
    public List<FairRanking.AgencySample> rankingSamples(DateRange range, Instant asOf) {
      asked.add(asOf);
      return List.of(
          new FairRanking.AgencySample(1, 12, 6, Map.of(3, 12L)),
          new FairRanking.AgencySample(2, 30, 27, Map.of(1, 30L)),
          new FairRanking.AgencySample(3, 9, 9, Map.of(0, 9L)));
    }

    @Override
    public Coverage coverage() {
      return new Coverage(0, 0, 0, 0);
    }

    @Override
    public java.util.Optional<YearMonth> latestMonth() {
      return java.util.Optional.of(YearMonth.of(2024, 6));
    }

    @Override
    public List<DimensionMember> members(Dimension dimension) {
      return List.of(new DimensionMember("7", "DPU-3374", "Dinas PU", "Dinas PU"));
    }
  }

  private final RecordingReadModel readModel = new RecordingReadModel();
  private final StatisticsService service =
      new StatisticsService(readModel, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void agesAreAsOfTheServiceClock() {
    service.figures(StatisticsScope.ALL, DateRange.year(2024));
    service.trend(StatisticsScope.ALL, YearMonth.of(2024, 1), YearMonth.of(2024, 12));
    assertEquals(List.of(NOW, NOW), readModel.asked);
  }

  @Test
  void invalidRangesAndTrendsAreRefusedNamingTheField() {
    InvalidValueException backwards =
        assertThrows(
            InvalidValueException.class,
            () -> new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)));
    assertEquals("to", backwards.field());
    assertThrows(
        InvalidValueException.class,
        () -> service.trend(StatisticsScope.ALL, YearMonth.of(2024, 5), YearMonth.of(2024, 4)));
    assertThrows(
        InvalidValueException.class,
        () -> service.trend(StatisticsScope.ALL, YearMonth.of(2010, 1), YearMonth.of(2020, 1)));
    service.trend(StatisticsScope.ALL, YearMonth.of(2010, 2), YearMonth.of(2020, 1));
  }

  @Test
  void trendsAndRankingsEndWithTheLatestComplaintByDefault() {
    assertEquals(YearMonth.of(2024, 6), service.defaultLastMonth());
  }

  @Test
  void publicCodesBecomeScopesAndUnknownCodesAreRefused() {
    assertEquals(StatisticsScope.agency(7), service.scope("DPU-3374", null, null, null));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> service.scope("DPU-9999", null, null, null));
    assertEquals("agency", e.field());
  }

  @Test
  void theRankingNeverGoesBelowTheSmallCellThreshold() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> service.ranking(DateRange.year(2024), 5));
    assertEquals("minimumN", e.field());
    List<FairRanking.Ranked> ranked = service.ranking(DateRange.year(2024), 10);
    assertEquals(List.of(2L, 1L, 3L), ranked.stream().map(FairRanking.Ranked::agencyId).toList());
    assertEquals(null, ranked.get(2).slaCompliance(), "9 decided complaints: not ranked");
  }
}
