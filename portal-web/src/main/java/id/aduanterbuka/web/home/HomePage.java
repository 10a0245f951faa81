package id.aduanterbuka.web.home;

import id.aduanterbuka.instance.InstanceOverview;
import id.aduanterbuka.instance.InstanceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing bean of {@code index.xhtml}; reads the overview once per request. Exposes bean getters
 * because Jakarta EL 5 does not read record components.
 */
@Named("home")
@RequestScoped
public class HomePage {
  @Inject InstanceService instance;
  private InstanceOverview overview;

  private InstanceOverview overview() {
    if (overview == null) {
      overview = instance.overview();
    }
    return overview;
  }

  public long getPublicComplaints() {
    return overview().publicComplaints();
  }

  public long getAgencies() {
    return overview().agencies();
  }

  public long getRegencies() {
    return overview().regencies();
  }

  public long getMpps() {
    return overview().mpps();
  }

  public long getMppServices() {
    return overview().mppServices();
  }
}
