package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void wilsonMatchesPublishedValues() {
    // 8 of 10: the Wilson 95 % interval is [0.490, 0.943] (Newcombe 1998, Table I style values).
    Interval i = Interval.wilson(8, 10);
    assertEquals(0.4902, i.low(), 5e-4);
    assertEquals(0.9433, i.high(), 5e-4);
  }

  @Test
  void wilsonStaysInsideZeroAndOne() {
    Interval none = Interval.wilson(0, 10);
    assertEquals(0.0, none.low(), 1e-12);
    assertEquals(0.2775, none.high(), 5e-4);
    assertEquals(1.0, Interval.wilson(10, 10).high(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Interval.wilson(3, 0));
  }

  @Test
  void medianIntervalUsesOrderStatistics() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1; // 1..100
    }
    // n = 100: ranks ⌊50 − 9.8⌋ = 40 and ⌈50 + 9.8⌉ + 1 = 61.
    Interval i = Interval.ofMedian(sorted);
    assertEquals(40, i.low(), 1e-12);
    assertEquals(61, i.high(), 1e-12);
    Interval tiny = Interval.ofMedian(new double[] {3});
    assertEquals(3, tiny.low(), 1e-12);
    assertEquals(3, tiny.high(), 1e-12);
  }
}
