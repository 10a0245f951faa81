package id.aduanterbuka.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an imported MPP row follows, one per test. */
class MppRowValidatorTest {
  private final MppRowValidator validator =
      new MppRowValidator(
          new ReferenceCodes(
              Set.of("33", "33.72", "33.72.01"),
              Map.of("DPU-3372", "", "DUKCAPIL-3372", ""),
              Set.of()));

  private RowResult<ImportedMpp> validate(String... pairs) {
    Map<String, String> m = new HashMap<>();
    m.put("code", "MPP-3372");
    m.put("name", "Mal Pelayanan Publik Kota Surakarta");
    m.put("regency", "33.72");
    m.put("address", "Jl. Slamet Riyadi 1");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return validator.validate(SourceRow.of("m.csv", 2, m));
  }

  private static String errors(RowResult<?> r) {
    return String.join("\n", r.errors().stream().map(e -> e.field() + ": " + e.reason()).toList());
  }

  @Test
  void hoursTakeDayRangesInEnglishOrIndonesian() {
    RowResult<ImportedMpp> r =
        validate("opening_hours", "MON-THU 08:00-15:00; Jumat 08.00-11.00; sab 8:00-12:00");
    assertTrue(r.valid(), errors(r));
    List<ImportedOpeningHours> hours = r.value().openingHours();
    assertEquals(6, hours.size());
    assertEquals(
        new ImportedOpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(11, 0)),
        hours.get(4));
    assertEquals(LocalTime.of(12, 0), hours.get(5).closes());
  }

  @Test
  void hoursMustOpenBeforeTheyCloseAndADayAppearsOnce() {
    RowResult<ImportedMpp> r =
        validate("opening_hours", "MON 15:00-08:00;TUE 08:00-15:00;MON-TUE 09:00-10:00;XYZ 1");
    assertEquals(
        "opening_hours[1]: opens at 15:00, not before it closes at 08:00\n"
            + "opening_hours[3]: TUESDAY has hours twice\n"
            + "opening_hours[4]: is not DAY[-DAY] HH:MM-HH:MM, e.g. MON-THU 08:00-15:00: XYZ 1",
        errors(r));
  }

  @Test
  void anMppBelongsToAKnownRegencyAndItsTenantsAreKnownAgencies() {
    RowResult<ImportedMpp> r =
        validate(
            "regency", "33.72.01", "tenants", "DUKCAPIL-3372;DPU-9999", "opened_on", "2023-13-01");
    assertEquals(
        "regency: 33.72.01 is not a regency or city code (e.g. 33.02)\n"
            + "opened_on: is not a date: 2023-13-01 (use YYYY-MM-DD, e.g. 2024-03-01)\n"
            + "tenants[2]: unknown agency code DPU-9999",
        errors(r));
  }

  @Test
  void tenantsAndDateAreReadAndListColumnsNotInTheFileAreLeftAlone() {
    RowResult<ImportedMpp> r =
        validate("tenants", "DUKCAPIL-3372, DPU-3372", "opened_on", "2023-05-02");
    assertTrue(r.valid(), errors(r));
    assertEquals(List.of("DPU-3372", "DUKCAPIL-3372"), r.value().tenants());
    assertEquals(LocalDate.of(2023, 5, 2), r.value().openedOn());
    assertNull(r.value().openingHours());
  }
}
