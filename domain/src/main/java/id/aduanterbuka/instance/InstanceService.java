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
    this(queries, System::currentTimeMillis, reuseMillis(System.getenv()));
  }

  /** With the clock (milliseconds) that times the data version's reuse. */
  public InstanceService(InstanceQueries queries, java.util.function.LongSupplier millis) {
    this(queries, millis, VERSION_TTL_MILLIS);
  }

  /**
   * @param reuseMillis how long a data version read is reused ({@link #REUSE_ENV})
   */
  public InstanceService(
      InstanceQueries queries, java.util.function.LongSupplier millis, long reuseMillis) {
    this.queries = Objects.requireNonNull(queries);
    this.millis = Objects.requireNonNull(millis);
    if (reuseMillis < 0) {
      throw new IllegalArgumentException(REUSE_ENV + " must be 0 or more");
    }
    this.reuseMillis = reuseMillis;
  }

  /**
   * Environment variable: milliseconds a data version read is reused (default {@value
   * #VERSION_TTL_MILLIS}). Writes through this application (on any node of a cluster) drop it at
   * once; the reuse bounds how late validators move after writes from outside it ({@code bin/aduan
   * import}).
   */
  public static final String REUSE_ENV = "ADUAN_DATA_VERSION_REUSE_MS";

  static long reuseMillis(java.util.Map<String, String> environment) {
    String value = environment.get(REUSE_ENV);
    try {
      return value == null || value.isBlank() ? VERSION_TTL_MILLIS : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(REUSE_ENV + " must be a number of milliseconds");
    }
  }

  private long reuseMillis;

  private java.util.function.LongSupplier millis;

  /**
   * The headline counts, counted again only when the data version moved (counting the published
   * complaints reads the whole table: 77 ms at 200,000, and the home page shows it to everyone).
   */
  public InstanceOverview overview() {
    long version = dataVersion().version();
    CountedOverview counted = this.counted;
    if (counted == null || counted.version() != version) {
      counted = new CountedOverview(queries.overview(), version);
      this.counted = counted;
    }
    return counted.overview();
  }

  private record CountedOverview(InstanceOverview overview, long version) {}

  private volatile CountedOverview counted;

  /**
   * The current data version, read at most once per reuse period ({@link #VERSION_TTL_MILLIS} by
   * default: a change from outside shows in validators within a second, and a burst of conditional
   * requests costs one query), and again after {@link #forgetDataVersion()}.
   */
  public DataVersion dataVersion() {
    long now = millis.getAsLong();
    Cached cached = this.cached;
    if (cached == null || now - cached.readAt() >= reuseMillis) {
      cached = new Cached(queries.dataVersion(), now);
      this.cached = cached;
    }
    return cached.version();
  }

  /**
   * Drops the remembered data version, so the next {@link #dataVersion()} reads it again: called
   * when this node (or, through the cluster, another) has just changed the data, so validators move
   * at once rather than up to a second later.
   */
  public void forgetDataVersion() {
    cached = null;
  }

  /** How long a data version read is reused. */
  public static final long VERSION_TTL_MILLIS = 1_000;

  private record Cached(DataVersion version, long readAt) {}

  private volatile Cached cached;

  public boolean isDatabaseReachable() {
    return queries.databaseReachable(PROBE_TIMEOUT_SECONDS);
  }
}
