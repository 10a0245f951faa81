package id.aduanterbuka.agency;

import id.aduanterbuka.region.RegionCode;

/**
 * Narrows the agency directory. A null field does not filter. {@code region} matches agencies
 * serving that region or any region inside it.
 */
public record AgencyFilter(RegionCode region, AgencyKind kind) {
  public static AgencyFilter all() {
    return new AgencyFilter(null, null);
  }
}
