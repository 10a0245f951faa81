package id.aduanterbuka.ingest;

import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionKind;

/** A region row that passed its checks; its parent is in its code. */
public record ImportedRegion(String code, String name, RegionKind kind) {
  /** The code one level up, or null for a province. */
  public String parentCode() {
    return RegionCode.of(code).parent().map(RegionCode::value).orElse(null);
  }

  /** How deep in the tree: 1 for a province, 4 for a village (parents are written first). */
  public int depth() {
    return RegionCode.of(code).level().segments();
  }
}
