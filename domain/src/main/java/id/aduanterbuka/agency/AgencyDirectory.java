package id.aduanterbuka.agency;

import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Application service: the public directory of agencies and their official channels. Interfaces
 * (API, portal) read agencies only through this service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyDirectory {
  private AgencyRepository agencies;

  protected AgencyDirectory() {}

  @Inject
  public AgencyDirectory(AgencyRepository agencies) {
    this.agencies = Objects.requireNonNull(agencies);
  }

  public Page<AgencyView> list(AgencyFilter filter, PageRequest page) {
    return agencies.find(filter, page).map(AgencyView::of);
  }

  public AgencyView get(AgencyCode code) {
    return agencies
        .findByCode(code)
        .map(AgencyView::of)
        .orElseThrow(() -> new NotFoundException("agency", code.value()));
  }
}
