package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntHistogramTest {
  @Test
  void summariesEqualThoseOfTheValuesThemselves() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int size : new int[] {1, 2, 3, 10, 11, 999, 5_000}) {
      double[] values = new double[size];
      IntHistogram whole = new IntHistogram();
      IntHistogram left = new IntHistogram();
      IntHistogram right = new IntHistogram();
      for (int i = 0; i < size; i++) {
        int v = rnd.nextInt(rnd.nextBoolean() ? 5 : 90);
        values[i] = v;
        whole.add(v);
        (i % 3 == 0 ? left : right).add(v);
      }
      left.merge(right);
      Summary expected = Summary.of(values);
      assertEquals(expected, whole.summary(), "n=" + size);
      assertEquals(expected, left.summary(), "merged, n=" + size);
      assertEquals(expected, IntHistogram.of(whole.counts()).summary(), "stored, n=" + size);
    }
  }

  @Test
  void handWorkedAndEdges() {
    IntHistogram h = IntHistogram.of(new long[] {0, 2, 0, 1, 1}); // 1, 1, 3, 4
    assertEquals(new Summary(4, 2.0, 3.7, 2.25), h.summary());
    assertArrayEquals(new long[] {0, 2, 0, 1, 1}, h.counts());
    assertEquals(Summary.EMPTY, new IntHistogram().summary());
    assertThrows(IllegalArgumentException.class, () -> new IntHistogram().add(-1));
  }
}
