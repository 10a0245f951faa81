package id.aduanterbuka.api.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client: {@code perMinute} requests of burst, refilled evenly over a minute.
 * Buckets of clients idle long enough to be full again are dropped when the table grows.
 */
public final class RateLimiter {
  /** What one request was told. */
  public record Decision(
      boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {}

  private static final int MAX_CLIENTS = 100_000;

  private final int perMinute;
  private final double perNano;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private final class Bucket {
    double tokens = perMinute;
    long at = nanos.getAsLong();

    synchronized Decision take() {
      long now = nanos.getAsLong();
      tokens = Math.min(perMinute, tokens + (now - at) * perNano);
      at = now;
      boolean allowed = tokens >= 1;
      if (allowed) {
        tokens -= 1;
      }
      long reset = (long) Math.ceil((perMinute - tokens) / perNano / 1e9);
      long retry = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
      return new Decision(allowed, perMinute, (int) Math.floor(tokens), reset, retry);
    }

    synchronized boolean isFull() {
      return tokens + (nanos.getAsLong() - at) * perNano >= perMinute;
    }
  }

  public RateLimiter(int perMinute, LongSupplier nanos) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one request a minute");
    }
    this.perMinute = perMinute;
    this.perNano = perMinute / 60e9;
    this.nanos = nanos;
  }

  public Decision acquire(String client) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(Bucket::isFull);
    }
    return buckets.computeIfAbsent(client, k -> new Bucket()).take();
  }
}
