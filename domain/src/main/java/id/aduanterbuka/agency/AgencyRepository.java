package id.aduanterbuka.agency;

import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.util.Optional;

/** Reads agencies with their channels. Implemented in the persistence module. */
public interface AgencyRepository {
  Optional<Agency> findByCode(AgencyCode code);

  /** Agencies matching the filter, ordered by code (a stable order for paging). */
  Page<Agency> find(AgencyFilter filter, PageRequest page);
}
