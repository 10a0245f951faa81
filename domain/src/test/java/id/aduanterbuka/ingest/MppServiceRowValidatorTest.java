package id.aduanterbuka.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.mpp.DurationUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an imported MPP service row follows, one per test. */
class MppServiceRowValidatorTest {
  private final MppServiceRowValidator validator =
      new MppServiceRowValidator(
          new ReferenceCodes(Set.of(), Map.of("DUKCAPIL-3372", ""), Set.of("MPP-3372")));

  private static Map<String, String> row(String... pairs) {
    Map<String, String> m = new HashMap<>();
    m.put("code", "dukcapil-3372-ktp-el");
    m.put("name", "Penerbitan KTP-el");
    m.put("agency", "DUKCAPIL-3372");
    m.put("duration_amount", "1");
    m.put("duration_unit", "working_days");
    m.put("fee_rupiah", "0");
    m.put("output", "KTP-el");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String errors(RowResult<?> r) {
    return String.join("\n", r.errors().stream().map(e -> e.field() + ": " + e.reason()).toList());
  }

  @Test
  void csvRequirementsAndStepsAreSplitByBarsOrLineBreaksKeepingSemicolons() {
    RowResult<ImportedMppService> r =
        validator.validate(
            SourceRow.of(
                "s.csv",
                2,
                row(
                    "requirements", "Fotokopi KK; dilegalisir | Surat pengantar RT/RW",
                    "procedure", "Ambil antrean\nRekam biometrik\n",
                    "mpps", "MPP-3372")));
    assertTrue(r.valid(), errors(r));
    assertEquals(
        List.of("Fotokopi KK; dilegalisir", "Surat pengantar RT/RW"), r.value().requirements());
    assertEquals(List.of("Ambil antrean", "Rekam biometrik"), r.value().procedure());
    assertEquals(List.of("MPP-3372"), r.value().mppCodes());
    assertEquals(DurationUnit.WORKING_DAYS, r.value().durationUnit());
  }

  @Test
  void jsonArraysAreTakenAsGiven() {
    RowResult<ImportedMppService> r =
        validator.validate(
            new SourceRow(
                "s.jsonl",
                1,
                row(),
                Map.of("requirements", List.of("KK | asli", "KTP")),
                Map.of()));
    assertEquals(List.of("KK | asli", "KTP"), r.value().requirements());
  }

  @Test
  void feesAndDurationsAreWholeNumbersInRangeAndTheLinkIsHttps() {
    RowResult<ImportedMppService> r =
        validator.validate(
            SourceRow.of(
                "s.csv",
                2,
                row(
                    "duration_amount", "0",
                    "duration_unit", "weeks",
                    "fee_rupiah", "-5000",
                    "online_url", "http://dukcapil.surakarta.go.id")));
    assertEquals(
        "duration_amount: must be between 1 and 100000, was 0\n"
            + "duration_unit: unknown value weeks (one of [MINUTES, HOURS, WORKING_DAYS])\n"
            + "fee_rupiah: must be between 0 and 1000000000000, was -5000\n"
            + "online_url: is not an https:// URL: http://dukcapil.surakarta.go.id",
        errors(r));
  }

  @Test
  void theAgencyAndTheMppsMustBeKnown() {
    RowResult<ImportedMppService> r =
        validator.validate(
            SourceRow.of("s.csv", 2, row("agency", "DUKCAPIL-9999", "mpps", "MPP-3372;MPP-3374")));
    assertEquals(
        "agency: unknown code DUKCAPIL-9999\n"
            + "mpps[2]: unknown MPP code MPP-3374 (import the MPPs first)",
        errors(r));
  }
}
