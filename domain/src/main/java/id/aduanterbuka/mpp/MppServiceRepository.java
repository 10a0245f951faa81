package id.aduanterbuka.mpp;

import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.util.Optional;

/** Reads the MPP service catalogue. Implemented in the persistence module. */
public interface MppServiceRepository {
  /** The service with its agency, the MPPs offering it, requirements and procedure. */
  Optional<MppService> findByCode(MppServiceCode code);

  /** Services matching the filter, with agency and MPPs, ordered by code. */
  Page<MppService> find(MppServiceFilter filter, PageRequest page);
}
