package id.aduanterbuka.api.http;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * Token buckets kept in the cluster's data grid (JCache on Payara's Hazelcast), so that a client
 * gets the same limit however the load balancer spreads its requests. Each request runs one {@link
 * Take} on the node that owns the client's bucket: the read, refill and take are one atomic step
 * there (no lost updates between nodes). Time is wall-clock milliseconds passed in by the caller,
 * never {@code System.nanoTime()}, which means nothing on another JVM; the nodes' clocks must be
 * kept in step (NTP). A bucket untouched for two minutes would be full again, so it expires.
 */
public final class SharedRateLimiter implements RateLimit {
  private final Cache<String, double[]> buckets;
  private final String prefix;
  private final int perMinute;
  private final LongSupplier millis;

  /**
   * @param prefix keeps this limiter's buckets apart from another's in the same cache
   */
  public SharedRateLimiter(
      Cache<String, double[]> buckets, String prefix, int perMinute, LongSupplier millis) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one request a minute");
    }
    this.buckets = buckets;
    this.prefix = prefix;
    this.perMinute = perMinute;
    this.millis = millis;
  }

  /** The grid's bucket cache, created by the first node that asks for it. */
  public static Cache<String, double[]> bucketCache(CacheManager manager) {
    String name = "aduan-rate-limit";
    Cache<String, double[]> existing = manager.getCache(name, String.class, double[].class);
    if (existing != null) {
      return existing;
    }
    MutableConfiguration<String, double[]> configuration =
        new MutableConfiguration<String, double[]>()
            .setTypes(String.class, double[].class)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(
                ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, 2)));
    try {
      return manager.createCache(name, configuration);
    } catch (CacheException createdByAnotherNodeMeanwhile) {
      return manager.getCache(name, String.class, double[].class);
    }
  }

  @Override
  public Decision acquire(String client) {
    return buckets.invoke(prefix + client, new Take(), perMinute, millis.getAsLong());
  }

  /** Refill and take, run where the bucket lives. State: {tokens, last update in epoch ms}. */
  static final class Take implements EntryProcessor<String, double[], Decision>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Decision process(MutableEntry<String, double[]> entry, Object... arguments) {
      int perMinute = (Integer) arguments[0];
      long now = (Long) arguments[1];
      double[] state = entry.exists() ? entry.getValue().clone() : new double[] {perMinute, now};
      // A node whose clock is behind never refills anyone twice: time only moves forward.
      double elapsed = Math.max(0, now - (long) state[1]) / 1000.0;
      Decision decision = RateLimit.take(state, elapsed, perMinute);
      state[1] = Math.max(state[1], now);
      entry.setValue(state);
      return decision;
    }
  }
}
