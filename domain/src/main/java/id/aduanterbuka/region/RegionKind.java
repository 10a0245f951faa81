package id.aduanterbuka.region;

/**
 * The legal kind of a region. Regencies are either a kabupaten (rural, headed by a bupati) or a
 * kota (city, headed by a wali kota); villages are either a desa (self-governing village) or a
 * kelurahan (urban ward, part of the city administration). Kemendagri encodes it in the code: a
 * kota's second segment is 71 or above, a kelurahan's last segment starts with 1, a desa's with 2.
 */
public enum RegionKind {
  PROVINSI(RegionLevel.PROVINCE),
  KABUPATEN(RegionLevel.REGENCY),
  KOTA(RegionLevel.REGENCY),
  KECAMATAN(RegionLevel.DISTRICT),
  KELURAHAN(RegionLevel.VILLAGE),
  DESA(RegionLevel.VILLAGE);

  private final RegionLevel level;

  RegionKind(RegionLevel level) {
    this.level = level;
  }

  public RegionLevel level() {
    return level;
  }
}
