package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HoursSketchTest {
  private static double[] durations(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      // log-normal-ish spread from seconds to months, plus some exact zeros
      v[i] = rnd.nextInt(50) == 0 ? 0 : Math.exp(rnd.nextDouble(-6, 8));
    }
    return v;
  }

  @Test
  void smallGroupsAreExact() {
    double[] values = durations(HoursSketch.EXACT_CAPACITY, 1);
    HoursSketch a = new HoursSketch();
    HoursSketch b = new HoursSketch();
    for (int i = 0; i < values.length; i++) {
      (i < 40 ? a : b).add(values[i]);
    }
    a.merge(b);
    assertTrue(a.isExact());
    Summary expected = Summary.of(values);
    Summary actual = a.summary();
    assertEquals(expected.median(), actual.median(), 0.0);
    assertEquals(expected.p90(), actual.p90(), 0.0);
    assertEquals(expected.mean(), actual.mean(), 1e-9);
  }

  @Test
  void largeGroupsAreWithinTheRelativeAccuracyAndMergeLikeTheWhole() {
    for (int n : new int[] {HoursSketch.EXACT_CAPACITY + 1, 1_000, 50_000}) {
      double[] values = durations(n, n);
      HoursSketch whole = new HoursSketch();
      HoursSketch[] parts = {new HoursSketch(), new HoursSketch(), new HoursSketch()};
      for (int i = 0; i < n; i++) {
        whole.add(values[i]);
        parts[i % 3].add(values[i]);
      }
      parts[0].merge(parts[1]);
      parts[0].merge(parts[2]);
      assertFalse(whole.isExact());
      Summary exact = Summary.of(values);
      for (Summary s : new Summary[] {whole.summary(), parts[0].summary()}) {
        assertEquals(n, s.n());
        assertEquals(exact.median(), s.median(), exact.median() * HoursSketch.RELATIVE_ACCURACY);
        assertEquals(exact.p90(), s.p90(), exact.p90() * HoursSketch.RELATIVE_ACCURACY);
        assertEquals(exact.mean(), s.mean(), 1e-9 * exact.mean());
      }
      assertEquals(whole.summary().median(), parts[0].summary().median(), 0.0);
      HoursSketch stored =
          HoursSketch.of(null, whole.bucketOffset(), whole.bucketCounts(), whole.sum());
      assertEquals(whole.summary(), stored.summary());
    }
  }

  @Test
  void everyBucketRepresentsItsValuesWithinOnePercent() {
    for (double h = 1.0 / 60; h < 1e5; h *= 1.0037) {
      double r = HoursSketch.representative(HoursSketch.bucket(h));
      assertTrue(
          Math.abs(r - h) <= h * HoursSketch.RELATIVE_ACCURACY + 1e-12, "h=" + h + " r=" + r);
    }
    assertEquals(0, HoursSketch.bucket(0.001));
  }
}
