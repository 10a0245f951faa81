package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** The small-cell policy and rounding every medium publishes figures through. */
class PublishedFiguresTest {
  private static ResponseFigures figures(long received, int measured, long slaDecided) {
    double[] hours = DoubleStream.iterate(1.005, h -> h + 1).limit(measured).toArray();
    Summary h = Summary.of(hours);
    return new ResponseFigures(
        received,
        1,
        measured,
        measured,
        received - measured,
        h,
        h,
        h,
        h,
        slaDecided,
        slaDecided / 2,
        0,
        0,
        0,
        Map.of(
            BacklogBucket.UP_TO_5, 1L,
            BacklogBucket.FROM_6_TO_14, 0L,
            BacklogBucket.FROM_15_TO_60, 0L,
            BacklogBucket.OVER_60, 0L),
        Satisfaction.none());
  }

  @Test
  void aGroupOfOneToNineComplaintsShowsNoCountsAtAll() {
    PublishedFigures p = PublishedFigures.of(figures(9, 5, 5));

    assertTrue(p.suppressed());
    assertNull(p.received());
    assertNull(p.firstResponse());
    assertNull(p.backlog());
  }

  @Test
  void countsShowFromTenButSummariesOverFewerThanTenItemsAreWithheld() {
    PublishedFigures p = PublishedFigures.of(figures(40, 9, 9));

    assertFalse(p.suppressed());
    assertEquals(40L, p.received());
    assertEquals(9L, p.firstResponse().n());
    assertNull(p.firstResponse().medianHours());
    assertNull(p.sla().rate());
    assertNull(p.sla().lower());
    assertEquals(1L, p.backlog().get("0-5"));
  }

  @Test
  void summariesOverTenItemsAreRoundedToTwoDecimalsWithAWilsonRange() {
    PublishedFigures p = PublishedFigures.of(figures(40, 10, 20));

    // 1.005 … 10.005: the median is 5.505, published as 5.51 (or 5.5 by binary rounding).
    double median = p.firstResponse().medianHours();
    assertEquals(Math.round(median * 100) / 100.0, median);
    assertEquals(5.5, median, 0.011);
    assertEquals(0.5, p.sla().rate(), 1e-9);
    assertTrue(p.sla().lower() < 0.5 && p.sla().upper() > 0.5);
  }
}
