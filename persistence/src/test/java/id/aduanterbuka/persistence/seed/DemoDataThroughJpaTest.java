package id.aduanterbuka.persistence.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.category.Category;
import id.aduanterbuka.complaint.Complaint;
import id.aduanterbuka.complaint.ComplaintEvent;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.RestrictedComplaintText;
import id.aduanterbuka.mpp.Mpp;
import id.aduanterbuka.mpp.MppService;
import id.aduanterbuka.persistence.complaint.JpaComplaintRepository;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionKind;
import id.aduanterbuka.region.RegionLevel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk loader writes SQL and the application reads through JPA: every aggregate the generator
 * writes must load as entities with the values the domain expects.
 */
class DemoDataThroughJpaTest {
  private static PostgresTestDatabase db;
  private static EntityManagerFactory emf;
  private EntityManager em;

  @BeforeAll
  static void load() throws Exception {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 300, ProgressListener.NONE);
    }
    emf = db.entityManagerFactory();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @AfterEach
  void closeEntityManager() {
    if (em != null) {
      em.close();
    }
  }

  private EntityManager em() {
    if (em == null) {
      em = emf.createEntityManager();
    }
    return em;
  }

  @Test
  void regionsFormTheirTree() {
    Region semarang = em().find(Region.class, RegionCode.of("33.74"));

    assertEquals(RegionKind.KOTA, semarang.kind());
    assertEquals("Kota Semarang", semarang.displayName());
    assertEquals(RegionCode.of("33"), semarang.parent().code());
  }

  @Test
  void everyComplaintLoadsWithATimelineThatMatchesItsStatus() throws Exception {
    List<String> references;
    try (Connection c = db.connection()) {
      references = SeedQueries.strings(c, "SELECT reference FROM complaint ORDER BY id LIMIT 50");
    }
    JpaComplaintRepository complaints = new JpaComplaintRepository(em());
    for (String reference : references) {
      Complaint complaint =
          complaints.findByReference(new ComplaintReference(reference)).orElseThrow();
      List<ComplaintEvent> timeline = complaint.timeline();
      ComplaintStatus replayed = timeline.get(0).type().resultingStatus();
      for (ComplaintEvent event : timeline.subList(1, timeline.size())) {
        replayed = replayed.after(event.type());
      }
      assertEquals(complaint.status(), replayed, reference);
      assertEquals(complaint.receivedAt().toInstant(), timeline.get(0).occurredAt().toInstant());
      assertNotNull(complaint.category().nameEn());
    }
  }

  @Test
  void agenciesCarryChannelsAndCategoriesTheirSla() {
    List<Agency> agencies =
        em().createQuery("SELECT a FROM Agency a ORDER BY a.code", Agency.class).getResultList();
    assertTrue(agencies.stream().allMatch(a -> a.channels().size() >= 2));
    assertTrue(agencies.stream().anyMatch(Agency::hasActiveSocialChannel));

    for (Category category :
        em().createQuery("SELECT c FROM Category c", Category.class).getResultList()) {
      assertEquals(
          category.reportType().defaultSlaWorkingDays(category.requiresOversight()),
          category.slaWorkingDays(),
          category.code());
    }
  }

  @Test
  void mppsAndTheirServicesLoadCompletely() {
    List<Mpp> mpps = em().createQuery("SELECT m FROM Mpp m", Mpp.class).getResultList();
    assertEquals(10, mpps.size());
    for (Mpp mpp : mpps) {
      assertFalse(mpp.openingHours().isEmpty(), mpp.code());
      assertFalse(mpp.tenants().isEmpty(), mpp.code());
      assertEquals(RegionLevel.REGENCY, mpp.regency().level(), mpp.code());
    }
    List<MppService> services =
        em().createQuery("SELECT s FROM MppService s", MppService.class).getResultList();
    for (MppService service : services) {
      assertFalse(service.requirements().isEmpty(), service.code());
      assertFalse(service.procedure().isEmpty(), service.code());
      assertFalse(service.offeredAt().isEmpty(), service.code());
      assertTrue(service.duration().amount() >= 1);
      assertTrue(service.feeRupiah() >= 0);
    }
    assertTrue(services.stream().anyMatch(MppService::isFree));
  }

  @Test
  void theRestrictedOriginalIsAnEntityOfItsOwn() throws Exception {
    long firstId;
    try (Connection c = db.connection()) {
      firstId = SeedQueries.count(c, "SELECT min(complaint_id) FROM complaint_original");
    }
    RestrictedComplaintText original = em().find(RestrictedComplaintText.class, firstId);
    assertNotNull(original.reporterName());
    assertTrue(original.originalText().contains(original.reporterName()));
  }
}
