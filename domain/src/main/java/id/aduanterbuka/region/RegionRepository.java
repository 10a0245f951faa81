package id.aduanterbuka.region;

import java.util.List;
import java.util.Optional;

/** Reads regions. Implemented in the persistence module. */
public interface RegionRepository {
  Optional<Region> find(RegionCode code);

  /** All regions of one level, ordered by code. */
  List<Region> findByLevel(RegionLevel level);
}
