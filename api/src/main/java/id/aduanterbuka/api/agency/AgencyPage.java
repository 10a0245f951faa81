package id.aduanterbuka.api.agency;

import id.aduanterbuka.agency.AgencyView;
import id.aduanterbuka.shared.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the agency directory. */
@Schema(name = "AgencyPage")
public record AgencyPage(
    List<AgencyDetails> items,
    @Schema(example = "1") int page,
    @Schema(example = "20") int size,
    @Schema(description = "Items in the whole listing", example = "41") long totalItems,
    @Schema(example = "3") long totalPages) {

  static AgencyPage of(Page<AgencyView> page) {
    return new AgencyPage(
        page.items().stream().map(AgencyDetails::of).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
