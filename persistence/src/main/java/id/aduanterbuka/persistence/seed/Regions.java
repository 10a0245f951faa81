package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.region.RegionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Jawa Tengah as Kemendagri codes it: the province, its 29 kabupaten and 6 kota, and the districts
 * of Kota Semarang and Kota Surakarta. Only real names and codes belong here; villages are left out
 * rather than invented.
 */
final class Regions {
  static final String PROVINCE = "33";

  /** A region row plus how many complaints it attracts relative to the others. */
  record RegionDef(String code, String name, RegionKind kind, String parentCode, double weight) {
    boolean isDistrict() {
      return kind == RegionKind.KECAMATAN;
    }

    /** The regency or city this region belongs to (itself for a regency). */
    String regencyCode() {
      return isDistrict() ? parentCode : code;
    }

    /** How the region is named in running text, e.g. "Kecamatan Tembalang, Kota Semarang". */
    String displayName(Regions regions) {
      return switch (kind) {
        case PROVINSI -> "Provinsi " + name;
        case KABUPATEN -> "Kabupaten " + name;
        case KOTA -> "Kota " + name;
        default -> "Kecamatan " + name + ", " + regions.byCode(parentCode).displayName(regions);
      };
    }
  }

  // Approximate population in millions (2020 census, rounded). Cities count double because their
  // residents report online far more often; that skew is what real complaint portals show.
  private static final Object[][] REGENCIES = {
    {"33.01", "Cilacap", 2.0},
    {"33.02", "Banyumas", 1.8},
    {"33.03", "Purbalingga", 1.0},
    {"33.04", "Banjarnegara", 1.0},
    {"33.05", "Kebumen", 1.35},
    {"33.06", "Purworejo", 0.77},
    {"33.07", "Wonosobo", 0.88},
    {"33.08", "Magelang", 1.3},
    {"33.09", "Boyolali", 1.07},
    {"33.10", "Klaten", 1.26},
    {"33.11", "Sukoharjo", 0.91},
    {"33.12", "Wonogiri", 1.04},
    {"33.13", "Karanganyar", 0.93},
    {"33.14", "Sragen", 0.98},
    {"33.15", "Grobogan", 1.45},
    {"33.16", "Blora", 0.88},
    {"33.17", "Rembang", 0.65},
    {"33.18", "Pati", 1.32},
    {"33.19", "Kudus", 0.85},
    {"33.20", "Jepara", 1.18},
    {"33.21", "Demak", 1.2},
    {"33.22", "Semarang", 1.05},
    {"33.23", "Temanggung", 0.79},
    {"33.24", "Kendal", 1.02},
    {"33.25", "Batang", 0.8},
    {"33.26", "Pekalongan", 0.97},
    {"33.27", "Pemalang", 1.47},
    {"33.28", "Tegal", 1.6},
    {"33.29", "Brebes", 1.98},
    {"33.71", "Magelang", 0.12},
    {"33.72", "Surakarta", 0.52},
    {"33.73", "Salatiga", 0.19},
    {"33.74", "Semarang", 1.65},
    {"33.75", "Pekalongan", 0.31},
    {"33.76", "Tegal", 0.27},
  };

  private static final String[] SEMARANG_DISTRICTS = {
    "Semarang Tengah",
    "Semarang Utara",
    "Semarang Timur",
    "Gayamsari",
    "Genuk",
    "Pedurungan",
    "Semarang Selatan",
    "Candisari",
    "Gajahmungkur",
    "Tembalang",
    "Banyumanik",
    "Gunungpati",
    "Semarang Barat",
    "Mijen",
    "Ngaliyan",
    "Tugu",
  };

  private static final String[] SURAKARTA_DISTRICTS = {
    "Laweyan", "Serengan", "Pasar Kliwon", "Jebres", "Banjarsari",
  };

  /** Share of a city's complaints that name a district rather than just the city. */
  private static final double DISTRICT_SHARE = 0.7;

  private final List<RegionDef> all;

  Regions() {
    List<RegionDef> list = new ArrayList<>();
    list.add(new RegionDef(PROVINCE, "Jawa Tengah", RegionKind.PROVINSI, null, 0));
    for (Object[] r : REGENCIES) {
      String code = (String) r[0];
      boolean city = Integer.parseInt(code.substring(3)) >= 71;
      double weight = (Double) r[2] * (city ? 2 : 1);
      boolean hasDistricts = code.equals("33.74") || code.equals("33.72");
      list.add(
          new RegionDef(
              code,
              (String) r[1],
              city ? RegionKind.KOTA : RegionKind.KABUPATEN,
              PROVINCE,
              hasDistricts ? weight * (1 - DISTRICT_SHARE) : weight));
      if (hasDistricts) {
        String[] districts = code.equals("33.74") ? SEMARANG_DISTRICTS : SURAKARTA_DISTRICTS;
        for (int i = 0; i < districts.length; i++) {
          list.add(
              new RegionDef(
                  String.format("%s.%02d", code, i + 1),
                  districts[i],
                  RegionKind.KECAMATAN,
                  code,
                  weight * DISTRICT_SHARE / districts.length));
        }
      }
    }
    this.all = List.copyOf(list);
  }

  /** Province first, then each regency followed by its districts (parents before children). */
  List<RegionDef> all() {
    return all;
  }

  /** Regions a complaint can be about: regencies and districts, not the province. */
  List<RegionDef> complaintRegions() {
    return all.stream().filter(r -> r.weight() > 0).toList();
  }

  RegionDef byCode(String code) {
    for (RegionDef r : all) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no demo region " + code);
  }
}
