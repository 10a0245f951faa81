package id.aduanterbuka.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/** Application service for the home page's headline counts and the readiness check. */
@ApplicationScoped
public class InstanceService {
  private static final int PROBE_TIMEOUT_SECONDS = 2;
  private InstanceQueries queries;

  protected InstanceService() {}

  @Inject
  public InstanceService(InstanceQueries queries) {
    this.queries = Objects.requireNonNull(queries);
  }

  public InstanceOverview overview() {
    return queries.overview();
  }

  public boolean isDatabaseReachable() {
    return queries.databaseReachable(PROBE_TIMEOUT_SECONDS);
  }
}
