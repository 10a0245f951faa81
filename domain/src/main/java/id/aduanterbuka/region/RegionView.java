package id.aduanterbuka.region;

/** A detached, read-only picture of a region for interfaces. */
public record RegionView(
    RegionCode code,
    String name,
    String displayName,
    RegionKind kind,
    RegionLevel level,
    RegionCode parentCode) {

  static RegionView of(Region region) {
    return new RegionView(
        region.code(),
        region.name(),
        region.displayName(),
        region.kind(),
        region.level(),
        // the code carries its parent's (the entity checks they agree), so no join is needed
        region.code().parent().orElse(null));
  }
}
