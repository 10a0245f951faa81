package id.aduanterbuka.persistence.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who runs a job's time slot: the first node to put the slot's key into the grid's lease cache
 * ({@code putIfAbsent} is atomic on the key's owner). Leases expire after a day, far longer than
 * any slot, so a late node never wins a slot already run. Without a data grid (Payara started with
 * {@code --nohazelcast}), this node is the only one and always wins.
 */
@ApplicationScoped
public class JobLeases {
  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());
  static final String CACHE = "aduan-job-lease";

  @Inject Instance<CacheManager> caches;

  @Inject
  @ConfigProperty(name = "aduan.node.name", defaultValue = "node")
  String node;

  private Cache<String, String> leases;

  @PostConstruct
  void open() {
    if (!caches.isResolvable() || caches.get() == null) {
      LOG.warning("No data grid: scheduled jobs run on this node without a cluster lease.");
      return;
    }
    CacheManager manager = caches.get();
    Cache<String, String> existing = manager.getCache(CACHE, String.class, String.class);
    if (existing != null) {
      leases = existing;
      return;
    }
    try {
      leases =
          manager.createCache(
              CACHE,
              new MutableConfiguration<String, String>()
                  .setTypes(String.class, String.class)
                  .setExpiryPolicyFactory(
                      CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.DAYS, 1))));
    } catch (CacheException createdByAnotherNodeMeanwhile) {
      leases = manager.getCache(CACHE, String.class, String.class);
    }
  }

  /** The name this node signs its leases and runs with. */
  public String node() {
    return node;
  }

  /** True when this node won {@code job}'s {@code slot} and should run it. */
  public boolean claim(String job, long slot) {
    return leases == null || leases.putIfAbsent(job + "@" + slot, node);
  }
}
