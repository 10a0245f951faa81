package id.aduanterbuka.api.mpp;

import id.aduanterbuka.api.agency.AgencyDetails.RegionRef;
import id.aduanterbuka.api.agency.AgencyRef;
import id.aduanterbuka.mpp.MppView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Mal Pelayanan Publik as the API shows it. */
@Schema(
    name = "Mpp",
    description =
        "A public service mall (Mal Pelayanan Publik): where it is, when it opens, which agencies"
            + " have a desk there and how many services it offers")
public record MppDetails(
    @Schema(description = "Stable public code, used in URLs", example = "MPP-3302") String code,
    @Schema(example = "Mal Pelayanan Publik Kabupaten Banyumas") String name,
    @Schema(description = "The regency or city the MPP belongs to") RegionRef regency,
    @Schema(example = "Jl. Jenderal Soedirman, Purwokerto") String address,
    @Schema(description = "Opening date", nullable = true, example = "2019-10-21")
        LocalDate openedOn,
    @Schema(description = "Opening hours by day of the week, Monday first")
        List<OpeningTimes> openingHours,
    @Schema(description = "Agencies with a desk in the MPP, by code") List<AgencyRef> tenants,
    @Schema(description = "Number of catalogue services offered here", example = "87")
        long serviceCount) {

  /** When the MPP is open on one day of the week. */
  @Schema(name = "OpeningHours")
  public record OpeningTimes(
      @Schema(description = "MONDAY … SUNDAY", example = "MONDAY") String day,
      @Schema(description = "Local time, HH:mm", example = "08:00") String opens,
      @Schema(description = "Local time, HH:mm", example = "15:00") String closes) {}

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  static MppDetails of(MppView view) {
    return new MppDetails(
        view.code(),
        view.name(),
        new RegionRef(view.regencyCode().value(), view.regencyName()),
        view.address(),
        view.openedOn(),
        view.openingHours().stream()
            .map(
                h ->
                    new OpeningTimes(
                        h.day().name(), h.opens().format(HH_MM), h.closes().format(HH_MM)))
            .toList(),
        view.tenants().stream().map(t -> AgencyRef.of(t.code(), t.name())).toList(),
        view.serviceCount());
  }
}
