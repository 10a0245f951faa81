package id.aduanterbuka.api.category;

import id.aduanterbuka.category.CategoryView;
import id.aduanterbuka.shared.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the category list. */
@Schema(name = "CategoryPage")
public record CategoryPage(
    List<CategoryDetails> items,
    @Schema(example = "1") int page,
    @Schema(example = "20") int size,
    @Schema(description = "Items in the whole listing", example = "26") long totalItems,
    @Schema(example = "2") long totalPages) {

  static CategoryPage of(Page<CategoryView> page) {
    return new CategoryPage(
        page.items().stream().map(CategoryDetails::of).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
