package id.aduanterbuka.api.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client in this node's memory: {@code perMinute} requests of burst, refilled
 * evenly over a minute. Buckets of clients idle long enough to be full again are dropped when the
 * table grows. A single node's limiter; a cluster uses {@link SharedRateLimiter}.
 */
public final class RateLimiter implements RateLimit {
  private static final int MAX_CLIENTS = 100_000;

  private final int perMinute;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private final class Bucket {
    final double[] tokens = {perMinute};
    long at = nanos.getAsLong();

    synchronized Decision take() {
      long now = nanos.getAsLong();
      Decision decision = RateLimit.take(tokens, (now - at) / 1e9, perMinute);
      at = now;
      return decision;
    }

    synchronized boolean isFull() {
      return tokens[0] + (nanos.getAsLong() - at) / 1e9 * perMinute / 60.0 >= perMinute;
    }
  }

  public RateLimiter(int perMinute, LongSupplier nanos) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one request a minute");
    }
    this.perMinute = perMinute;
    this.nanos = nanos;
  }

  @Override
  public Decision acquire(String client) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(Bucket::isFull);
    }
    return buckets.computeIfAbsent(client, k -> new Bucket()).take();
  }
}
