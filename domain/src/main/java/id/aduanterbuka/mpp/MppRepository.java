package id.aduanterbuka.mpp;

import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads MPPs with their regency, opening hours and tenants. Implemented in persistence. */
public interface MppRepository {
  Optional<Mpp> findByCode(MppCode code);

  /** MPPs matching the filter, ordered by code (a stable order for paging). */
  Page<Mpp> find(MppFilter filter, PageRequest page);

  /**
   * How many catalogue services each of these MPPs offers, by MPP code; an MPP offering none may be
   * missing from the map.
   */
  Map<String, Long> countServices(Collection<String> mppCodes);
}
