package id.aduanterbuka.api.health;

import id.aduanterbuka.instance.InstanceService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers: a load balancer should stop sending traffic otherwise. The
 * answer comes within {@link #BOUND_MILLIS}: against a frozen database the probe itself would wait
 * for the socket timeout, so it runs on the server's managed executor and counts as "not ready"
 * when it has not answered by then ({@link BoundedProbe}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  static final long BOUND_MILLIS = 3_000;

  @Inject InstanceService instance;

  @Resource ManagedExecutorService executor;

  private BoundedProbe probe;

  @PostConstruct
  void init() {
    probe = new BoundedProbe(instance::isDatabaseReachable, executor, BOUND_MILLIS);
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(probe.answer()).build();
  }
}
