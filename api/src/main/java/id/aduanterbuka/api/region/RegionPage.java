package id.aduanterbuka.api.region;

import id.aduanterbuka.region.RegionView;
import id.aduanterbuka.shared.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the region listing. */
@Schema(name = "RegionPage")
public record RegionPage(
    List<RegionDetails> items,
    @Schema(example = "1") int page,
    @Schema(example = "20") int size,
    @Schema(description = "Items in the whole listing", example = "35") long totalItems,
    @Schema(example = "2") long totalPages) {

  static RegionPage of(Page<RegionView> page) {
    return new RegionPage(
        page.items().stream().map(RegionDetails::of).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
