package id.aduanterbuka.mpp;

import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Application service: the public catalogue of public service malls and the services offered in
 * them. Interfaces read MPPs and their services only through this service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MppCatalogue {
  private MppRepository mpps;
  private MppServiceRepository services;

  protected MppCatalogue() {}

  @Inject
  public MppCatalogue(MppRepository mpps, MppServiceRepository services) {
    this.mpps = Objects.requireNonNull(mpps);
    this.services = Objects.requireNonNull(services);
  }

  public Page<MppView> mpps(MppFilter filter, PageRequest page) {
    Page<Mpp> found = mpps.find(filter, page);
    Map<String, Long> counts = mpps.countServices(found.items().stream().map(Mpp::code).toList());
    return found.map(m -> MppView.of(m, counts.getOrDefault(m.code(), 0L)));
  }

  public MppView mpp(MppCode code) {
    Mpp mpp = mpps.findByCode(code).orElseThrow(() -> new NotFoundException("MPP", code.value()));
    return MppView.of(mpp, mpps.countServices(List.of(mpp.code())).getOrDefault(mpp.code(), 0L));
  }

  public Page<MppServiceView> services(MppServiceFilter filter, PageRequest page) {
    return services.find(filter, page).map(MppServiceView::of);
  }

  public MppServiceStandardView service(MppServiceCode code) {
    return services
        .findByCode(code)
        .map(MppServiceStandardView::of)
        .orElseThrow(() -> new NotFoundException("MPP service", code.value()));
  }
}
