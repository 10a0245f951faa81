package id.aduanterbuka.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.region.RegionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an imported region row follows, one per test. */
class RegionRowValidatorTest {
  private final RegionRowValidator validator = new RegionRowValidator();

  private RowResult<ImportedRegion> validate(String code, String kind) {
    return validator.validate(
        SourceRow.of("r.csv", 2, Map.of("code", code, "name", "Wilayah", "kind", kind)));
  }

  @Test
  void aBlankKindIsReadFromTheKemendagriCode() {
    assertEquals(RegionKind.PROVINSI, validate("35", "").value().kind());
    assertEquals(RegionKind.KABUPATEN, validate("35.07", "").value().kind());
    assertEquals(RegionKind.KOTA, validate("35.73", "").value().kind());
    assertEquals(RegionKind.KECAMATAN, validate("35.73.01", "").value().kind());
    assertEquals(RegionKind.KELURAHAN, validate("35.73.01.1001", "").value().kind());
    assertEquals(RegionKind.DESA, validate("35.07.01.2001", "").value().kind());
  }

  @Test
  void aGivenKindMustFitTheCodesLevel() {
    RowResult<ImportedRegion> r = validate("35.73", "kecamatan");
    assertEquals(
        "kind: KECAMATAN is not a kind of REGENCY (one of [KABUPATEN, KOTA])",
        r.errors().get(0).field() + ": " + r.errors().get(0).reason());
  }

  private static ValidRow<ImportedRegion> region(long line, String code) {
    return new ValidRow<>("r.csv", line, new ImportedRegion(code, code, RegionKind.KECAMATAN));
  }

  @Test
  void aParentMayComeLaterOrBeStoredAndAnOrphanIsRejectedWithItsChildren() {
    RegionRowValidator.Hierarchy h =
        RegionRowValidator.resolveParents(
            List.of(
                region(2, "35.73.01"),
                new ValidRow<>("r.csv", 3, new ImportedRegion("35.73", "Malang", RegionKind.KOTA)),
                region(4, "35.99.01"),
                region(5, "35.99.01.1001")),
            Set.of("35"));
    assertEquals(2, h.accepted().size());
    assertEquals(
        List.of(
            new RowError("r.csv", 4, "code", "its parent region 35.99 is unknown (import it too)"),
            new RowError("r.csv", 5, "code", "its parent region 35.99.01 was rejected (line 4)")),
        h.errors());
    assertTrue(h.accepted().stream().allMatch(r -> r.row().code().startsWith("35.73")));
  }
}
