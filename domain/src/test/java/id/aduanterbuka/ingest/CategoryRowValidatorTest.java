package id.aduanterbuka.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.category.ReportType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an imported category row follows, one per test. */
class CategoryRowValidatorTest {
  private final CategoryRowValidator validator =
      new CategoryRowValidator(new ReferenceCodes(Set.of(), Map.of("DPU-3372", ""), Set.of()));

  private RowResult<ImportedCategory> validate(String... pairs) {
    Map<String, String> m = new HashMap<>();
    m.put("code", "jalan-rusak");
    m.put("name_id", "Jalan rusak");
    m.put("name_en", "Damaged roads");
    m.put("report_type", "complaint");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return validator.validate(SourceRow.of("k.csv", 2, m));
  }

  private static String errors(RowResult<?> r) {
    return String.join("\n", r.errors().stream().map(e -> e.field() + ": " + e.reason()).toList());
  }

  @Test
  void aBlankDeadlineIsTheNationalDefaultForTheType() {
    assertEquals(14, validate().value().slaWorkingDays());
    assertEquals(60, validate("requires_oversight", "ya").value().slaWorkingDays());
    assertEquals(5, validate("report_type", "aspiration").value().slaWorkingDays());
  }

  @Test
  void theDefaultAgencyMustBeKnown() {
    RowResult<ImportedCategory> r = validate("default_agency", "DPU-3372");
    assertTrue(r.valid(), errors(r));
    assertEquals("DPU-3372", r.value().defaultAgencyCode());
    assertEquals(
        "default_agency: unknown code DPU-9999", errors(validate("default_agency", "DPU-9999")));
  }

  @Test
  void onlyComplaintsRequireOversightAndDeadlinesAreOneTo365WorkingDays() {
    RowResult<ImportedCategory> r =
        validate(
            "report_type",
            "INFORMATION_REQUEST",
            "requires_oversight",
            "true",
            "sla_working_days",
            "0");
    assertEquals(
        "requires_oversight: only a COMPLAINT category can require oversight, not"
            + " INFORMATION_REQUEST\n"
            + "sla_working_days: must be between 1 and 365, was 0",
        errors(r));
  }

  @Test
  void codesAreLowerCaseAndNumbersWholeAndBooleansKnown() {
    RowResult<ImportedCategory> r =
        validate("code", "JALAN", "sla_working_days", "5.5", "requires_oversight", "maybe");
    assertEquals(
        "code: 'JALAN' is not a category code: use up to 48 lower-case letters, digits and single"
            + " dashes, e.g. jalan-rusak.\n"
            + "requires_oversight: is not true or false (also ya/tidak, yes/no, 1/0): maybe\n"
            + "sla_working_days: is not a whole number: 5.5",
        errors(r));
    assertEquals(ReportType.COMPLAINT, validate().value().reportType());
  }
}
