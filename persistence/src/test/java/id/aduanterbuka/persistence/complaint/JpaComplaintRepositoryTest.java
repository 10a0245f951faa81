package id.aduanterbuka.persistence.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.category.Category;
import id.aduanterbuka.category.ReportType;
import id.aduanterbuka.complaint.Complaint;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.complaint.RestrictedComplaintText;
import id.aduanterbuka.persistence.testing.Fixtures;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.region.Region;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaComplaintRepositoryTest {
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2019, 3, 4, 9, 0, 0, 0, ZoneOffset.ofHours(7));
  private static final ComplaintReference REF = new ComplaintReference("ADU-2019-000001");

  private EntityManagerFactory emf;
  private Fixtures fixtures;
  private Agency binaMarga;
  private Agency dpu;
  private Category roads;

  @BeforeEach
  void setUp() {
    emf = PostgresTestDatabase.create().entityManagerFactory();
    fixtures = new Fixtures(emf);
    binaMarga =
        fixtures.agency(
            "DPUBMCK-33",
            "Dinas PU Bina Marga dan Cipta Karya",
            AgencyKind.DINAS,
            fixtures.jawaTengah);
    dpu =
        fixtures.agency(
            "DPU-3302", "Dinas PU Kabupaten Banyumas", AgencyKind.DINAS, fixtures.banyumas);
    roads = fixtures.category("jalan-rusak", ReportType.COMPLAINT, binaMarga);
  }

  @AfterEach
  void tearDown() {
    emf.close();
  }

  @Test
  void aRerouteAndResolutionSurviveTheRoundTrip() {
    fixtures.inTransaction(
        em -> {
          Complaint c =
              Complaint.receive(
                  REF,
                  IntakeChannel.WHATSAPP,
                  em.find(Category.class, roads.id()),
                  em.find(Region.class, fixtures.banyumas.code()),
                  T0,
                  "Jalan provinsi di Kecamatan Ajibarang berlubang.");
          Agency province = em.find(Agency.class, binaMarga.id());
          Agency regency = em.find(Agency.class, dpu.id());
          c.record(EventType.VERIFIED, T0.plusHours(2), null, null);
          c.routeTo(province, T0.plusHours(3), "Diteruskan ke Dinas PU Bina Marga");
          c.rerouteTo(regency, T0.plusDays(1), "Jalan kabupaten: dialihkan ke DPU Banyumas");
          c.record(EventType.RESPONDED, T0.plusDays(2), regency, "Akan ditinjau");
          c.record(EventType.RESOLVED, T0.plusDays(6), regency, "Lubang sudah ditambal");
          new JpaComplaintRepository(em).add(c);
          em.flush();
          em.persist(
              new RestrictedComplaintText(c.id(), "Saya Rahmat, WA 0812...", "Rahmat", "0812"));
          return null;
        });

    EntityManager em = emf.createEntityManager();
    Complaint loaded = new JpaComplaintRepository(em).findByReference(REF).orElseThrow();

    assertEquals(ComplaintStatus.RESOLVED, loaded.status());
    assertEquals(
        java.util.List.of(
            EventType.RECEIVED,
            EventType.VERIFIED,
            EventType.ROUTED,
            EventType.ROUTED,
            EventType.RESPONDED,
            EventType.RESOLVED),
        loaded.timeline().stream().map(e -> e.type()).toList());
    assertEquals(2, loaded.routings().size());
    assertEquals(java.util.List.of(dpu), loaded.currentAgencies());
    assertEquals(T0.plusDays(1).toInstant(), loaded.routings().get(0).endedAt().toInstant());
    em.close();
  }

  @Test
  void unknownReferenceIsEmpty() {
    EntityManager em = emf.createEntityManager();
    assertTrue(new JpaComplaintRepository(em).findByReference(REF).isEmpty());
    em.close();
  }
}
