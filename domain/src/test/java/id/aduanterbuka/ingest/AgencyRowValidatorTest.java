package id.aduanterbuka.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.ChannelType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an imported agency row follows, one per test. */
class AgencyRowValidatorTest {
  private static final ReferenceCodes CODES =
      new ReferenceCodes(
          Set.of("33", "33.72"), Map.of("SETDA-3372", "", "DPU-3372", "SETDA-3372"), Set.of());
  private final AgencyRowValidator validator =
      new AgencyRowValidator(CODES, LocalDate.of(2025, 1, 1));

  private static Map<String, String> row(String... pairs) {
    Map<String, String> m = new HashMap<>();
    m.put("code", "DINKES-3372");
    m.put("name", "Dinas Kesehatan Kota Surakarta");
    m.put("short_name", "Dinkes Solo");
    m.put("kind", "dinas");
    m.put("region", "33.72");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private RowResult<ImportedAgency> validate(Map<String, String> fields) {
    return validator.validate(SourceRow.of("a.csv", 2, fields));
  }

  private static String errors(RowResult<?> r) {
    return String.join("\n", r.errors().stream().map(e -> e.field() + ": " + e.reason()).toList());
  }

  @Test
  void aCompleteRowBecomesAnAgencyWithItsKindCaseInsensitive() {
    RowResult<ImportedAgency> r = validate(row());
    assertTrue(r.valid(), errors(r));
    assertEquals(AgencyKind.DINAS, r.value().kind());
    assertNull(r.value().channels(), "no channels column: the stored channels are kept");
  }

  @Test
  void everyProblemOfARowIsListedWithItsField() {
    RowResult<ImportedAgency> r =
        validate(row("code", "dinkes 3372", "name", "", "kind", "DEPARTMENT", "region", "34.01"));
    assertEquals(
        "code: 'dinkes 3372' is not an agency code: use up to 32 upper-case letters, digits and"
            + " single dashes, e.g. DINKES-3374.\n"
            + "name: is required\n"
            + "kind: unknown value DEPARTMENT (one of [SECRETARIAT, DINAS, BADAN, INSPECTORATE,"
            + " SATPOL_PP, RSUD, BUMD, DISTRICT_OFFICE, VILLAGE_OFFICE, VERTICAL_OFFICE])\n"
            + "region: unknown code 34.01",
        errors(r));
  }

  @Test
  void aShortNameDefaultsToTheNameOnlyWhenTheNameFits() {
    assertEquals(
        "Dinas Kesehatan Kota Surakarta", validate(row("short_name", "")).value().shortName());
    RowResult<ImportedAgency> r = validate(row("short_name", "", "name", "N".repeat(61)));
    assertEquals("short_name: is required when name is longer than 60", errors(r));
  }

  @Test
  void csvChannelsReadTypeHandleLinkAndVerificationAndAHandleMayHoldSpaces() {
    RowResult<ImportedAgency> r =
        validate(
            row(
                "channels",
                "instagram @dinkessolo https://www.instagram.com/dinkessolo/ verified=2024-12-01;"
                    + " CALL-CENTRE 112; FACEBOOK Dinkes Kota Surakarta inactive=2024-11-02"));
    assertTrue(r.valid(), errors(r));
    assertEquals(
        List.of(
            new ImportedChannel(
                ChannelType.INSTAGRAM,
                "@dinkessolo",
                "https://www.instagram.com/dinkessolo/",
                true,
                LocalDate.of(2024, 12, 1)),
            new ImportedChannel(
                ChannelType.FACEBOOK,
                "Dinkes Kota Surakarta",
                null,
                false,
                LocalDate.of(2024, 11, 2)),
            new ImportedChannel(ChannelType.CALL_CENTRE, "112", null, false, null)),
        r.value().channels());
  }

  @Test
  void jsonChannelObjectsAreCheckedFieldByField() {
    SourceRow json =
        new SourceRow(
            "a.jsonl",
            3,
            row(),
            Map.of(),
            Map.of(
                "channels",
                List.of(
                    Map.of("type", "X", "handle", "@dinkessolo", "verified_active", "true"),
                    Map.of("type", "FAX", "handle", "0271-1"),
                    Map.of("type", "WEBSITE", "handle", "dinkes", "url", "ftp://dinkes"))));
    RowResult<ImportedAgency> r = validator.validate(json);
    assertEquals(
        "channels[1].verified_on: is required when verified_active is true\n"
            + "channels[2].type: unknown value FAX (one of [X, INSTAGRAM, FACEBOOK, TIKTOK, YOUTUBE,"
            + " WHATSAPP, SMS, PHONE, CALL_CENTRE, EMAIL, WEBSITE])\n"
            + "channels[3].url: is not an http(s):// URL: ftp://dinkes",
        errors(r));
  }

  @Test
  void aChannelCannotBeVerifiedInTheFutureNorListedTwice() {
    RowResult<ImportedAgency> r =
        validate(row("channels", "X @dinkes verified=2025-02-01;PHONE 0271-1;phone 0271-1"));
    assertEquals(
        "channels[1].verified_on: 2025-02-01 is in the future\n"
            + "channels[3]: PHONE 0271-1 is listed twice",
        errors(r));
  }

  @Test
  void anAgencyCannotBeItsOwnParent() {
    assertEquals(
        "parent: an agency cannot be its own parent",
        errors(validate(row("parent", "DINKES-3372"))));
  }

  private static ValidRow<ImportedAgency> agency(long line, String code, String parent) {
    return new ValidRow<>(
        "a.csv",
        line,
        new ImportedAgency(code, code, code, AgencyKind.DINAS, parent, "33.72", null));
  }

  @Test
  void aParentMayComeLaterInTheFileOrBeStored() {
    AgencyRowValidator.Hierarchy h =
        AgencyRowValidator.resolveParents(
            List.of(
                agency(2, "UPT-1", "DINKES-3372"),
                agency(3, "DINKES-3372", "SETDA-3372"),
                agency(4, "UPT-2", "DPU-3372")),
            CODES);
    assertEquals(3, h.accepted().size());
    assertTrue(h.errors().isEmpty());
  }

  @Test
  void anUnknownParentIsRejectedAndSoAreTheChildrenOfARejectedRow() {
    AgencyRowValidator.Hierarchy h =
        AgencyRowValidator.resolveParents(
            List.of(agency(2, "UPT-1", "DINKES-3372"), agency(3, "DINKES-3372", "NOPE")), CODES);
    assertTrue(h.accepted().isEmpty());
    assertEquals(
        List.of(
            new RowError("a.csv", 3, "parent", "unknown agency code NOPE"),
            new RowError("a.csv", 2, "parent", "parent DINKES-3372 was rejected (line 3)")),
        h.errors());
  }

  @Test
  void aParentChainBackToItselfIsACycleEvenThroughStoredAgencies() {
    AgencyRowValidator.Hierarchy h =
        AgencyRowValidator.resolveParents(List.of(agency(2, "SETDA-3372", "DPU-3372")), CODES);
    assertTrue(h.accepted().isEmpty());
    assertEquals(
        "parent DPU-3372 makes a cycle: SETDA-3372 → DPU-3372 → SETDA-3372",
        h.errors().get(0).reason());
  }

  @Test
  void rowsWithTheSameChannelsInAnotherOrderAreEqual() {
    RowResult<ImportedAgency> a = validate(row("channels", "X @a;PHONE 1"));
    RowResult<ImportedAgency> b = validate(row("channels", "PHONE 1;X @a"));
    assertEquals(a.value(), b.value());
    assertFalse(validate(row("channels", "PHONE 1")).value().equals(a.value()));
  }
}
