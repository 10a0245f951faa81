package id.aduanterbuka.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an imported complaint row must follow, one per test. */
class ComplaintRowValidatorTest {
  private final ComplaintRowValidator validator =
      new ComplaintRowValidator(
          new KnownCodes(Set.of("DPU-3372"), Set.of("JALAN"), Set.of("33.72")),
          "SIPP",
          "dd/MM/yyyy HH:mm",
          Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static Map<String, String> row(String... pairs) {
    Map<String, String> m = new HashMap<>();
    m.put("source_id", "X-1");
    m.put("received_at", "2024-03-01T09:00:00+07:00");
    m.put("channel", "web");
    m.put("category", "JALAN");
    m.put("text", "Jalan rusak.");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private ComplaintRowValidator.Result validate(Map<String, String> fields) {
    return validator.validate("f.csv", 2, fields, null);
  }

  @Test
  void aMinimalRowIsReceivedUnderTheDefaultSourceSystem() {
    ImportedComplaint c = validate(row()).complaint();

    assertEquals("SIPP", c.sourceSystem());
    assertEquals(ComplaintStatus.RECEIVED, c.status());
    assertEquals(
        List.of(EventType.RECEIVED), c.events().stream().map(ImportedEvent::type).toList());
  }

  @Test
  void anExplicitReceivedEventIsTheImplicitOneAndErrorsNameTheFilesPosition() {
    var result =
        validate(
            row(
                "events",
                "RECEIVED 2024-03-01T09:00:00+07:00;RESPONDED 2024-03-02T09:00:00+07:00 DPU-3372"));

    assertEquals(
        List.of(
            new RowError(
                "f.csv",
                2,
                "events[2].type",
                "a complaint that is RECEIVED cannot be RESPONDED (allowed from [ROUTED,"
                    + " RESPONDED, IN_PROGRESS])")),
        result.errors());
  }

  @Test
  void listedAgenciesWithoutRoutingEventsAreRoutedOnReceipt() {
    ImportedComplaint c = validate(row("agencies", "DPU-3372")).complaint();

    assertEquals(ComplaintStatus.ROUTED, c.status());
    assertEquals(List.of("DPU-3372"), c.routedAgencies());
    assertEquals(c.receivedAt(), c.events().get(1).occurredAt());
  }

  @Test
  void aDeclaredStatusMustBeWhereTheTimelineEnds() {
    assertEquals(
        List.of(new RowError("f.csv", 2, "status", "is RESOLVED but the events end in RECEIVED")),
        validate(row("status", "RESOLVED")).errors());
  }

  @Test
  void anAgencyEventNeedsItsAgency() {
    assertEquals(
        List.of(new RowError("f.csv", 2, "events[1].agency", "is required for a ROUTED event")),
        validate(row("events", "ROUTED 2024-03-01 10:00")).errors());
  }

  @Test
  void impossibleDatesAreErrorsNotTheNearestDay() {
    assertEquals(
        "received_at", validate(row("received_at", "31/02/2024 09:00")).errors().get(0).field());
    assertEquals(
        Instant.parse("2024-02-29T02:00:00Z"),
        validate(row("received_at", "29/02/2024 09:00")).complaint().receivedAt());
  }

  @Test
  void theFingerprintChangesWithAnyImportedField() {
    ImportedComplaint a = validate(row()).complaint();

    assertEquals(a.fingerprint(), validate(row()).complaint().fingerprint());
    assertNotEquals(
        a.fingerprint(), validate(row("reporter_contact", "x")).complaint().fingerprint());
    assertTrue(a.fingerprint().matches("[0-9a-f]{64}"));
  }
}
