package id.aduanterbuka.api.http;

import id.aduanterbuka.instance.DataChanged;
import id.aduanterbuka.instance.InstanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After a successful write through the API (intake, Open311 POST, photos: every 2xx answer to a
 * POST, PUT, PATCH or DELETE), this node forgets its remembered data version and announces {@link
 * DataChanged}; in a cluster that event reaches the other nodes (portal-web's {@code
 * ClusterEvents}), so their ETags move at once too. The write itself committed before the response,
 * so whoever reads the version next reads the new one.
 */
@Provider
@ApplicationScoped
public class DataChangeFilter implements ContainerResponseFilter {
  private static final Set<String> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private InstanceService instance;
  private Event<DataChanged> changes;
  private String node;

  protected DataChangeFilter() {}

  @Inject
  public DataChangeFilter(
      InstanceService instance,
      Event<DataChanged> changes,
      @ConfigProperty(name = "aduan.node.name", defaultValue = "node") String node) {
    this.instance = instance;
    this.changes = changes;
    this.node = node;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (WRITES.contains(request.getMethod())
        && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
      instance.forgetDataVersion();
      changes.fire(new DataChanged(node));
    }
  }
}
