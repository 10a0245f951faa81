package id.aduanterbuka.api.mpp;

import id.aduanterbuka.mpp.MppServiceView;
import id.aduanterbuka.shared.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the MPP service catalogue. */
@Schema(name = "MppServicePage")
public record MppServicePage(
    List<MppServiceSummary> items,
    @Schema(example = "1") int page,
    @Schema(example = "20") int size,
    @Schema(description = "Items in the whole listing", example = "145") long totalItems,
    @Schema(example = "8") long totalPages) {

  static MppServicePage of(Page<MppServiceView> page) {
    return new MppServicePage(
        page.items().stream().map(MppServiceSummary::of).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
