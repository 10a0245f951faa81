package id.aduanterbuka.persistence.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyFilter;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.ChannelType;
import id.aduanterbuka.persistence.testing.Fixtures;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaAgencyRepositoryTest {
  private EntityManagerFactory emf;
  private EntityManager em;
  private JpaAgencyRepository repository;
  private Fixtures fixtures;

  @BeforeEach
  void setUp() {
    emf = PostgresTestDatabase.create().entityManagerFactory();
    fixtures = new Fixtures(emf);
    fixtures.agency(
        "DINKES-33", "Dinas Kesehatan Provinsi Jawa Tengah", AgencyKind.DINAS, fixtures.jawaTengah);
    fixtures.agency(
        "DINKES-3374", "Dinas Kesehatan Kota Semarang", AgencyKind.DINAS, fixtures.kotaSemarang);
    fixtures.agency(
        "PDAM-3374", "Perumda Air Minum Tirta Moedal", AgencyKind.BUMD, fixtures.kotaSemarang);
    fixtures.agency(
        "DINKES-3302", "Dinas Kesehatan Kabupaten Banyumas", AgencyKind.DINAS, fixtures.banyumas);
    em = emf.createEntityManager();
    repository = new JpaAgencyRepository(em);
  }

  @AfterEach
  void tearDown() {
    em.close();
    emf.close();
  }

  @Test
  void pagesAreOrderedByCodeAndCountTheWholeListing() {
    Page<Agency> first = repository.find(AgencyFilter.all(), new PageRequest(1, 3));
    Page<Agency> second = repository.find(AgencyFilter.all(), new PageRequest(2, 3));

    assertEquals(4, first.totalItems());
    assertEquals(
        java.util.List.of("DINKES-33", "DINKES-3302", "DINKES-3374"),
        first.items().stream().map(a -> a.code().value()).toList());
    assertEquals(
        java.util.List.of("PDAM-3374"),
        second.items().stream().map(a -> a.code().value()).toList());
    assertEquals(2, first.totalPages());
  }

  @Test
  void regionFilterMatchesTheRegionAndNotItsNeighbours() {
    Page<Agency> semarang =
        repository.find(new AgencyFilter(RegionCode.of("33.74"), null), PageRequest.first());

    assertEquals(
        java.util.List.of("DINKES-3374", "PDAM-3374"),
        semarang.items().stream().map(a -> a.code().value()).toList());
  }

  @Test
  void regionFilterOnTheProvinceIncludesEverythingInside() {
    assertEquals(
        4,
        repository
            .find(new AgencyFilter(RegionCode.of("33"), null), PageRequest.first())
            .totalItems());
  }

  @Test
  void kindFilterCombinesWithRegion() {
    Page<Agency> page =
        repository.find(
            new AgencyFilter(RegionCode.of("33.74"), AgencyKind.BUMD), PageRequest.first());

    assertEquals(1, page.totalItems());
    assertEquals("PDAM-3374", page.items().get(0).code().value());
  }

  @Test
  void findByCodeLoadsRegionAndChannels() {
    Agency agency = repository.findByCode(AgencyCode.of("PDAM-3374")).orElseThrow();

    assertEquals("Semarang", agency.region().name());
    assertEquals(2, agency.channels().size());
    assertTrue(
        agency.channels().stream()
            .anyMatch(c -> c.type() == ChannelType.INSTAGRAM && c.verifiedActive()));
    assertTrue(agency.hasActiveSocialChannel());
  }

  @Test
  void unknownCodeIsEmpty() {
    assertTrue(repository.findByCode(AgencyCode.of("NOPE-1")).isEmpty());
  }
}
