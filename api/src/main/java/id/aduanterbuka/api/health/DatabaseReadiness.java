package id.aduanterbuka.api.health;

import id.aduanterbuka.instance.InstanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers: a load balancer should stop sending traffic otherwise. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject InstanceService instance;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(instance.isDatabaseReachable()).build();
  }
}
