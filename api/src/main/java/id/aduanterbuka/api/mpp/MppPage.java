package id.aduanterbuka.api.mpp;

import id.aduanterbuka.mpp.MppView;
import id.aduanterbuka.shared.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the MPP list. */
@Schema(name = "MppPage")
public record MppPage(
    List<MppDetails> items,
    @Schema(example = "1") int page,
    @Schema(example = "20") int size,
    @Schema(description = "Items in the whole listing", example = "10") long totalItems,
    @Schema(example = "1") long totalPages) {

  static MppPage of(Page<MppView> page) {
    return new MppPage(
        page.items().stream().map(MppDetails::of).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
