package id.aduanterbuka.web.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RankingPageTest {
  private static final YearMonth LATEST = YearMonth.of(2025, 9);

  @Test
  void defaultsToTheTwelveMonthsEndingWithTheLatestComplaint() {
    assertArrayEquals(
        new YearMonth[] {YearMonth.of(2024, 10), LATEST}, RankingPage.choose(null, " ", LATEST));
    assertArrayEquals(
        new YearMonth[] {YearMonth.of(2024, 1), YearMonth.of(2024, 12)},
        RankingPage.choose("2024-01", "2024-12", LATEST));
  }

  @Test
  void malformedReversedOrOverlongPeriodsAreRefused() {
    assertNull(RankingPage.choose("2024-13", null, LATEST));
    assertNull(RankingPage.choose("kemarin", null, LATEST));
    assertNull(RankingPage.choose("2025-01", "2024-01", LATEST));
    assertNull(RankingPage.choose("2020-01", "2024-01", LATEST));
  }
}
