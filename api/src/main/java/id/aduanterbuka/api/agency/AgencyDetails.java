package id.aduanterbuka.api.agency;

import id.aduanterbuka.agency.AgencyView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency as the API shows it. */
@Schema(
    name = "Agency",
    description = "A government agency (OPD, RSUD, BUMD…) and its official channels")
public record AgencyDetails(
    @Schema(description = "Stable public code, used in URLs", example = "DINKES-3374") String code,
    @Schema(example = "Dinas Kesehatan Kota Semarang") String name,
    @Schema(example = "Dinkes Kota Semarang") String shortName,
    @Schema(
            description =
                "SECRETARIAT, DINAS, BADAN, INSPECTORATE, SATPOL_PP, RSUD, BUMD,"
                    + " DISTRICT_OFFICE, VILLAGE_OFFICE or VERTICAL_OFFICE",
            example = "DINAS")
        String kind,
    @Schema(description = "Code of the parent agency, if any", nullable = true) String parentCode,
    @Schema(description = "The region served") RegionRef region,
    @Schema(description = "Official channels to reach the agency") List<ChannelLink> channels) {

  /** A region by Kemendagri code and display name. */
  @Schema(name = "RegionRef")
  public record RegionRef(
      @Schema(example = "33.74") String code, @Schema(example = "Kota Semarang") String name) {}

  /** One official channel. */
  @Schema(name = "OfficialChannel")
  public record ChannelLink(
      @Schema(
              description =
                  "X, INSTAGRAM, FACEBOOK, TIKTOK, YOUTUBE, WHATSAPP, SMS, PHONE,"
                      + " CALL_CENTRE, EMAIL or WEBSITE",
              example = "INSTAGRAM")
          String type,
      @Schema(example = "@dinkeskotasemarang") String handle,
      @Schema(nullable = true, example = "https://instagram.com/dinkeskotasemarang") String url,
      @Schema(description = "Checked to be run by the agency and active") boolean verifiedActive) {}

  static AgencyDetails of(AgencyView view) {
    return new AgencyDetails(
        view.code().value(),
        view.name(),
        view.shortName(),
        view.kind().name(),
        view.parentCode() == null ? null : view.parentCode().value(),
        new RegionRef(view.regionCode().value(), view.regionName()),
        view.channels().stream()
            .map(c -> new ChannelLink(c.type().name(), c.handle(), c.url(), c.verifiedActive()))
            .toList());
  }
}
