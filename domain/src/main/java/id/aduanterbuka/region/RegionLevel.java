package id.aduanterbuka.region;

/** The four tiers of Indonesian regional government, with the shape of their Kemendagri code. */
public enum RegionLevel {
  /** Provinsi, e.g. {@code 33} (Jawa Tengah). */
  PROVINCE(1),
  /** Kabupaten or kota, e.g. {@code 33.74} (Kota Semarang). */
  REGENCY(2),
  /** Kecamatan, e.g. {@code 33.74.01}. */
  DISTRICT(3),
  /** Kelurahan or desa, e.g. {@code 33.74.01.1001}. */
  VILLAGE(4);

  private final int segments;

  RegionLevel(int segments) {
    this.segments = segments;
  }

  /** Number of dot-separated segments in a code of this level. */
  public int segments() {
    return segments;
  }

  /** The kinds of region at this level (KABUPATEN and KOTA for REGENCY). */
  public java.util.List<RegionKind> kinds() {
    return java.util.Arrays.stream(RegionKind.values()).filter(k -> k.level() == this).toList();
  }

  public static RegionLevel ofSegments(int segments) {
    for (RegionLevel level : values()) {
      if (level.segments == segments) {
        return level;
      }
    }
    throw new IllegalArgumentException("no region level has " + segments + " code segments");
  }
}
