package id.aduanterbuka.region;

import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Application service: the public list of regions by Kemendagri code. Interfaces read regions only
 * through this service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionDirectory {
  private RegionRepository regions;

  protected RegionDirectory() {}

  @Inject
  public RegionDirectory(RegionRepository regions) {
    this.regions = Objects.requireNonNull(regions);
  }

  public Page<RegionView> list(RegionFilter filter, PageRequest page) {
    return regions.find(filter, page).map(RegionView::of);
  }

  public RegionView get(RegionCode code) {
    return regions
        .find(code)
        .map(RegionView::of)
        .orElseThrow(() -> new NotFoundException("region", code.value()));
  }
}
