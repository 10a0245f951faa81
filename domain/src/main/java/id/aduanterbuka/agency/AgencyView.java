package id.aduanterbuka.agency;

import id.aduanterbuka.region.RegionCode;
import java.util.List;

/**
 * A detached, read-only picture of an agency for interfaces: no entity (and so no lazy association)
 * ever leaves the application service.
 */
public record AgencyView(
    AgencyCode code,
    String name,
    String shortName,
    AgencyKind kind,
    AgencyCode parentCode,
    RegionCode regionCode,
    String regionName,
    List<ChannelView> channels) {

  public AgencyView {
    channels = List.copyOf(channels);
  }

  /** One official channel of the agency. */
  public record ChannelView(ChannelType type, String handle, String url, boolean verifiedActive) {}

  static AgencyView of(Agency agency) {
    return new AgencyView(
        agency.code(),
        agency.name(),
        agency.shortName(),
        agency.kind(),
        agency.parent() == null ? null : agency.parent().code(),
        agency.region().code(),
        agency.region().displayName(),
        agency.channels().stream()
            .map(c -> new ChannelView(c.type(), c.handle(), c.url(), c.verifiedActive()))
            .toList());
  }
}
