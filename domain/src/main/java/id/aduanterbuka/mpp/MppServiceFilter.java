package id.aduanterbuka.mpp;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.SearchText;

/**
 * Narrows the service catalogue. A null field does not filter. {@code regency} matches services
 * offered at an MPP in that regency or city; {@code free} means no fee ({@link MppService#isFree});
 * {@code online} means the service has an online link; {@code name} matches service names
 * containing it, ignoring case.
 */
public record MppServiceFilter(
    RegionCode regency,
    MppCode mpp,
    AgencyCode agency,
    Boolean free,
    Boolean online,
    SearchText name) {

  public MppServiceFilter {
    Regencies.require(regency);
  }

  public static MppServiceFilter all() {
    return new MppServiceFilter(null, null, null, null, null, null);
  }
}
