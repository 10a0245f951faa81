package id.aduanterbuka.category;

import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Application service: the public list of report categories with their deadlines and default
 * agencies. Interfaces read categories only through this service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CategoryDirectory {
  private CategoryRepository categories;

  protected CategoryDirectory() {}

  @Inject
  public CategoryDirectory(CategoryRepository categories) {
    this.categories = Objects.requireNonNull(categories);
  }

  public Page<CategoryView> list(PageRequest page) {
    return categories.find(page).map(CategoryView::of);
  }

  public CategoryView get(CategoryCode code) {
    return categories
        .findByCode(code)
        .map(CategoryView::of)
        .orElseThrow(() -> new NotFoundException("category", code.value()));
  }
}
