package id.aduanterbuka.region;

import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Reads regions. Implemented in the persistence module. */
public interface RegionRepository {
  Optional<Region> find(RegionCode code);

  /** All regions of one level, ordered by code. */
  List<Region> findByLevel(RegionLevel level);

  /** Regions matching the filter, ordered by code (a stable order for paging). */
  Page<Region> find(RegionFilter filter, PageRequest page);
}
