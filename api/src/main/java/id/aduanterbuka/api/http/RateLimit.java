package id.aduanterbuka.api.http;

import java.io.Serializable;

/**
 * A rate limit: {@code limit()} requests of burst per client, refilled evenly over a minute. {@link
 * RateLimiter} keeps the buckets in this node's memory; {@link SharedRateLimiter} keeps them in the
 * cluster's data grid, so a client's limit holds across every node behind the load balancer.
 */
public interface RateLimit {
  /** What one request was told. Serializable: a cluster computes it on the bucket's owner node. */
  record Decision(
      boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds)
      implements Serializable {}

  /** Takes one token from {@code client}'s bucket, if it has one. */
  Decision acquire(String client);

  /**
   * The token-bucket step both implementations share: refill {@code state[0]} (tokens) for {@code
   * elapsedSeconds}, then take one token if there is one.
   */
  static Decision take(double[] state, double elapsedSeconds, int perMinute) {
    double perSecond = perMinute / 60.0;
    double tokens = Math.min(perMinute, state[0] + Math.max(0, elapsedSeconds) * perSecond);
    boolean allowed = tokens >= 1;
    if (allowed) {
      tokens -= 1;
    }
    state[0] = tokens;
    long reset = (long) Math.ceil((perMinute - tokens) / perSecond);
    long retry = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    return new Decision(allowed, perMinute, (int) Math.floor(tokens), reset, retry);
  }
}
