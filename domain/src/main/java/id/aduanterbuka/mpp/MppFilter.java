package id.aduanterbuka.mpp;

import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.SearchText;

/**
 * Narrows the list of MPPs. A null field does not filter. {@code regency} must be a regency or city
 * (an MPP belongs to one); {@code name} matches MPPs whose name contains it, ignoring case.
 */
public record MppFilter(RegionCode regency, SearchText name) {
  public MppFilter {
    Regencies.require(regency);
  }

  public static MppFilter all() {
    return new MppFilter(null, null);
  }
}
