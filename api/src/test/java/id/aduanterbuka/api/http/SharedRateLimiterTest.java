package id.aduanterbuka.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import javax.cache.processor.MutableEntry;
import org.junit.jupiter.api.Test;

/**
 * The step the cluster runs on a bucket's owner node gives the same answers as the single node's
 * limiter for the same requests at the same times. (Two nodes sharing it: ClusterIT.)
 */
class SharedRateLimiterTest {
  /** One grid entry, as the owner node hands it to the processor. */
  private static final class Entry implements MutableEntry<String, double[]> {
    double[] value;

    @Override
    public boolean exists() {
      return value != null;
    }

    @Override
    public void remove() {
      value = null;
    }

    @Override
    public void setValue(double[] v) {
      value = v;
    }

    @Override
    public String getKey() {
      return "ip:192.0.2.1";
    }

    @Override
    public double[] getValue() {
      return value;
    }

    @Override
    public <T> T unwrap(Class<T> c) {
      throw new IllegalArgumentException();
    }
  }

  @Test
  void theGridStepDecidesAsTheLocalBucketDoes() {
    AtomicLong nanos = new AtomicLong(5_000_000_000L);
    RateLimiter local = new RateLimiter(10, nanos::get);
    Entry entry = new Entry();
    long[] gaps = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3_000, 6_000, 100, 60_000, 0, 0};
    long millis = 1_700_000_000_000L;
    for (long gap : gaps) {
      nanos.addAndGet(gap * 1_000_000);
      millis += gap;
      RateLimit.Decision shared = new SharedRateLimiter.Take().process(entry, 10, millis);
      assertEquals(local.acquire("192.0.2.1"), shared, "after a gap of " + gap + " ms");
    }
  }

  @Test
  void aNodeWhoseClockIsBehindRefillsNothing() {
    Entry entry = new Entry();
    long now = 1_700_000_000_000L;
    for (int i = 0; i < 3; i++) {
      assertTrue(new SharedRateLimiter.Take().process(entry, 3, now).allowed());
    }
    // a node 30 s behind: time does not run backwards, and then forwards again, for it
    RateLimit.Decision behind = new SharedRateLimiter.Take().process(entry, 3, now - 30_000);
    RateLimit.Decision again = new SharedRateLimiter.Take().process(entry, 3, now);

    assertFalse(behind.allowed());
    assertFalse(again.allowed(), "no tokens appeared from the other node's clock");
    assertEquals(20, again.retryAfterSeconds());
  }
}
