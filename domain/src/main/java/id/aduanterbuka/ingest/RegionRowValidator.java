package id.aduanterbuka.ingest;

import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionKind;
import id.aduanterbuka.region.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks region rows — a Kemendagri code, a name and a kind — for an instance outside the demo's
 * province. The kind may be left out: the code says it (a kota's second segment is 71 or above, a
 * kelurahan's last segment starts with 1, a desa's with 2); given, it must fit the code's level.
 * The parent is the code one segment shorter, stored or in the same import in any order ({@link
 * #resolveParents}).
 */
public final class RegionRowValidator {
  public static final List<String> FIELDS = List.of("code", "name", "kind");

  static final int MAX_NAME = 120;

  public RowResult<ImportedRegion> validate(SourceRow row) {
    RowFields f = new RowFields(row);
    String code = f.code("code", RegionCode::new, true);
    String name = f.text("name", MAX_NAME, true);
    RegionKind kind = f.choice("kind", RegionKind.class, false);
    if (code != null) {
      RegionLevel level = RegionCode.of(code).level();
      if (kind == null && f.raw("kind") == null) {
        kind = kindOf(code, level);
      } else if (kind != null && kind.level() != level) {
        f.error("kind", kind + " is not a kind of " + level + " (one of " + level.kinds() + ")");
      }
    }
    RegionKind k = kind;
    return f.result(() -> new ImportedRegion(code, name, k));
  }

  private static RegionKind kindOf(String code, RegionLevel level) {
    String last = code.substring(code.lastIndexOf('.') + 1);
    return switch (level) {
      case PROVINCE -> RegionKind.PROVINSI;
      case REGENCY -> Integer.parseInt(last) >= 71 ? RegionKind.KOTA : RegionKind.KABUPATEN;
      case DISTRICT -> RegionKind.KECAMATAN;
      case VILLAGE -> last.startsWith("1") ? RegionKind.KELURAHAN : RegionKind.DESA;
    };
  }

  /** The outcome of checking parents across rows: the rows kept, and why the others were not. */
  public record Hierarchy(List<ValidRow<ImportedRegion>> accepted, List<RowError> errors) {}

  /**
   * Keeps the rows whose parent region is stored or another kept row of this import; a row under a
   * rejected or unknown parent is rejected.
   */
  public static Hierarchy resolveParents(List<ValidRow<ImportedRegion>> rows, Set<String> stored) {
    Map<String, ValidRow<ImportedRegion>> kept = new LinkedHashMap<>();
    rows.forEach(r -> kept.put(r.row().code(), r));
    Map<String, ValidRow<ImportedRegion>> all = new HashMap<>(kept);
    List<RowError> errors = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ValidRow<ImportedRegion> r : List.copyOf(kept.values())) {
        String parent = r.row().parentCode();
        if (parent == null || kept.containsKey(parent) || stored.contains(parent)) {
          continue;
        }
        ValidRow<ImportedRegion> rejected = all.get(parent);
        kept.remove(r.row().code());
        errors.add(
            new RowError(
                r.file(),
                r.line(),
                "code",
                rejected == null
                    ? "its parent region " + parent + " is unknown (import it too)"
                    : "its parent region "
                        + parent
                        + " was rejected (line "
                        + rejected.line()
                        + ")"));
        changed = true;
      }
    }
    return new Hierarchy(List.copyOf(kept.values()), errors);
  }
}
