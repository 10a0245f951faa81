package id.aduanterbuka.category;

import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.util.Optional;

/** Reads categories with their default agency. Implemented in the persistence module. */
public interface CategoryRepository {
  Optional<Category> findByCode(CategoryCode code);

  /** All categories, ordered by code (a stable order for paging). */
  Page<Category> find(PageRequest page);
}
