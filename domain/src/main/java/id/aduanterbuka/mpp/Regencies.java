package id.aduanterbuka.mpp;

import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.shared.InvalidValueException;

/** MPPs belong to a regency or city, so a filter by anything else is a mistake worth naming. */
final class Regencies {
  private Regencies() {}

  static void require(RegionCode regency) {
    if (regency != null && regency.level() != RegionLevel.REGENCY) {
      throw new InvalidValueException(
          "regency",
          "'"
              + regency
              + "' is a "
              + regency.level()
              + " code; MPPs belong to a regency or city, e.g. 33.02.");
    }
  }
}
