package id.aduanterbuka.region;

/**
 * Narrows the region listing. A null field does not filter. {@code parent} matches the regions
 * directly below it (a regency's districts, not their villages).
 */
public record RegionFilter(RegionLevel level, RegionCode parent) {
  public static RegionFilter all() {
    return new RegionFilter(null, null);
  }
}
