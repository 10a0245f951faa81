package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairRankingTest {
  @Test
  void ranksBySlaComplianceThenMedianAndLeavesSmallSamplesUnranked() {
    List<FairRanking.Ranked> ranking =
        FairRanking.rank(
            List.of(
                // 8 of 10 within SLA; answered in 1,1,2,2,3 working days → median 2
                new FairRanking.AgencySample(1, 10, 8, Map.of(1, 2L, 2, 2L, 3, 1L)),
                // 9 of 10 within SLA; median 5
                new FairRanking.AgencySample(2, 10, 9, Map.of(5, 3L)),
                // 8 of 10 as well, but faster: median 1
                new FairRanking.AgencySample(3, 10, 8, Map.of(1, 4L)),
                // 3 of 3: perfect, but too few to rank fairly
                new FairRanking.AgencySample(4, 3, 3, Map.of(0, 3L))),
            FairRanking.DEFAULT_MINIMUM_N);

    assertEquals(
        List.of(2L, 3L, 1L, 4L), ranking.stream().map(FairRanking.Ranked::agencyId).toList());
    assertEquals(1, ranking.get(0).rank());
    assertEquals(0.9, ranking.get(0).slaCompliance(), 1e-12);
    assertEquals(2.0, ranking.get(2).medianResponseWorkingDays(), 1e-12);
    assertEquals(Interval.wilson(8, 10), ranking.get(1).slaInterval());
    FairRanking.Ranked small = ranking.get(3);
    assertNull(small.rank());
    assertNull(small.slaCompliance(), "no rate below the minimum sample");
    assertNull(small.medianResponseWorkingDays());
    assertEquals(3, small.n());
  }
}
