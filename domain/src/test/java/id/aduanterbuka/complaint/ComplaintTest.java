package id.aduanterbuka.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.category.Category;
import id.aduanterbuka.category.ReportType;
import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintTest {
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2019, 5, 6, 8, 30, 0, 0, ZoneOffset.ofHours(7));
  private final Region jateng =
      new Region(RegionCode.of("33"), "Jawa Tengah", RegionKind.PROVINSI, null);
  private final Agency dpu = agency("DPU-33");
  private final Agency dishub = agency("DISHUB-33");
  private final Category roads =
      new Category("jalan-rusak", "Jalan rusak", "Damaged roads", ReportType.COMPLAINT, false, dpu);

  private Agency agency(String code) {
    return new Agency(AgencyCode.of(code), code, code, AgencyKind.DINAS, null, jateng);
  }

  private Complaint received() {
    return Complaint.receive(
        new ComplaintReference("ADU-2019-000042"),
        IntakeChannel.X,
        roads,
        jateng,
        T0,
        "Jalan berlubang");
  }

  @Test
  void aNewComplaintStartsItsTimelineAsReceivedAndPrivate() {
    Complaint c = received();
    assertEquals(ComplaintStatus.RECEIVED, c.status());
    assertEquals(
        List.of(EventType.RECEIVED), c.timeline().stream().map(ComplaintEvent::type).toList());
    assertEquals(T0, c.timeline().get(0).occurredAt());
    assertTrue(!c.status().isPublic());
  }

  @Test
  void aComplaintCanBeWithSeveralAgenciesAndRerouteEndsThemAll() {
    Complaint c = received();
    c.record(EventType.VERIFIED, T0.plusHours(1), null, null);
    c.routeTo(dpu, T0.plusHours(2), null);
    c.routeTo(dishub, T0.plusHours(2), null);
    assertEquals(List.of(dpu, dishub), c.currentAgencies());

    Agency bpbd = agency("BPBD-33");
    c.rerouteTo(bpbd, T0.plusDays(1), "Longsor: ditangani BPBD");

    assertEquals(List.of(bpbd), c.currentAgencies());
    assertEquals(3, c.routings().size());
    assertEquals(ComplaintStatus.ROUTED, c.status());
  }

  @Test
  void onlyAnAgencyTheComplaintIsWithCanAnswerIt() {
    Complaint c = received();
    c.routeTo(dpu, T0.plusHours(2), null);
    assertThrows(
        IllegalStateException.class,
        () -> c.record(EventType.RESPONDED, T0.plusDays(1), dishub, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> c.record(EventType.RESPONDED, T0.plusDays(1), null, null));
  }

  @Test
  void eventsCannotGoBackInTime() {
    Complaint c = received();
    assertThrows(
        IllegalArgumentException.class,
        () -> c.record(EventType.VERIFIED, T0.minusMinutes(1), null, null));
  }

  @Test
  void theLifecycleDecidesWhatMayHappenNext() {
    Complaint c = received();
    assertThrows(
        IllegalStateException.class, () -> c.record(EventType.RESOLVED, T0.plusDays(1), dpu, null));
    c.routeTo(dpu, T0.plusHours(1), null);
    c.record(EventType.RESOLVED, T0.plusDays(3), dpu, "Sudah ditambal");
    c.record(EventType.CLOSED, T0.plusDays(10), null, null);
    c.record(EventType.REOPENED, T0.plusDays(12), null, "Lubang muncul lagi");
    assertEquals(ComplaintStatus.ROUTED, c.status());
    assertEquals(5, c.timeline().size());
    assertEquals(
        List.of(1, 2, 3, 4, 5), c.timeline().stream().map(ComplaintEvent::sequence).toList());
  }

  @Test
  void aRatingComesAfterResolutionAndAReopeningClearsIt() {
    Complaint c = received();
    c.routeTo(dpu, T0.plusHours(1), null);
    assertThrows(IllegalStateException.class, () -> c.rate(5));
    c.record(EventType.RESOLVED, T0.plusDays(3), dpu, null);
    assertThrows(IllegalArgumentException.class, () -> c.rate(6));
    c.rate(2);
    c.rate(4);
    assertEquals(java.util.OptionalInt.of(4), c.satisfaction());
    c.record(EventType.REOPENED, T0.plusDays(4), null, null);
    assertEquals(java.util.OptionalInt.empty(), c.satisfaction());
  }

  @Test
  void receivingAndRoutingHaveTheirOwnMethods() {
    Complaint c = received();
    assertThrows(
        IllegalArgumentException.class, () -> c.record(EventType.RECEIVED, T0, null, null));
    assertThrows(IllegalArgumentException.class, () -> c.record(EventType.ROUTED, T0, dpu, null));
    c.routeTo(dpu, T0, null);
    assertThrows(IllegalStateException.class, () -> c.routeTo(dpu, T0, null));
  }

  @Test
  void referencesHaveOnePublicShape() {
    assertEquals(2019, new ComplaintReference("ADU-2019-000042").year());
    assertEquals("ADU-2019-0000042", ComplaintReference.of("ADU", 2019, 42).value());
    assertThrows(IllegalArgumentException.class, () -> new ComplaintReference("ADU-19-42"));
    assertThrows(IllegalArgumentException.class, () -> new ComplaintReference("3301234567890001"));
  }

  @Test
  void onlyARedactionWithoutResidualRiskPublishesAtOnce() {
    Complaint c = received();
    c.record(EventType.VERIFIED, T0.plusHours(1), null, null);
    id.aduanterbuka.privacy.Redactor redactor = new id.aduanterbuka.privacy.Redactor();

    c.applyRedaction(redactor.redact("Saya Rahmat, WA 0857-1234-5678. Jalan berlubang."));
    assertEquals("Saya [NAMA], WA [TELEPON]. Jalan berlubang.", c.publishedText());
    assertEquals(id.aduanterbuka.privacy.Publication.PUBLISHED, c.publication());
    assertTrue(c.isVisible());

    c.applyRedaction(redactor.redact("Kemarin Wirokusumo Tjondrokusumo datang menagih."));
    assertEquals(id.aduanterbuka.privacy.Publication.PENDING_REVIEW, c.publication());
    assertTrue(!c.isVisible(), "a text waiting for review is not shown");
  }
}
