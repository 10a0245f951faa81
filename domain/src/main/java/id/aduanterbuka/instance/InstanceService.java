package id.aduanterbuka.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Application service for the home page's headline counts, the readiness check and the data version
 * behind HTTP caching.
 */
@ApplicationScoped
public class InstanceService {
  private static final int PROBE_TIMEOUT_SECONDS = 2;
  private InstanceQueries queries;

  protected InstanceService() {}

  @Inject
  public InstanceService(InstanceQueries queries) {
    this(queries, System::currentTimeMillis);
  }

  /** With the clock (milliseconds) that times the data version's reuse. */
  public InstanceService(InstanceQueries queries, java.util.function.LongSupplier millis) {
    this.queries = Objects.requireNonNull(queries);
    this.millis = Objects.requireNonNull(millis);
  }

  private java.util.function.LongSupplier millis;

  public InstanceOverview overview() {
    return queries.overview();
  }

  /**
   * The current data version, read at most once per {@link #VERSION_TTL_MILLIS} (so a change shows
   * in validators within a second, and a burst of conditional requests costs one query).
   */
  public DataVersion dataVersion() {
    long now = millis.getAsLong();
    Cached cached = this.cached;
    if (cached == null || now - cached.readAt() >= VERSION_TTL_MILLIS) {
      cached = new Cached(queries.dataVersion(), now);
      this.cached = cached;
    }
    return cached.version();
  }

  /** How long a data version read is reused. */
  public static final long VERSION_TTL_MILLIS = 1_000;

  private record Cached(DataVersion version, long readAt) {}

  private volatile Cached cached;

  public boolean isDatabaseReachable() {
    return queries.databaseReachable(PROBE_TIMEOUT_SECONDS);
  }
}
