package id.aduanterbuka.api.region;

import static id.aduanterbuka.api.testing.ApiTesting.allCodes;
import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.codes;
import static id.aduanterbuka.api.testing.ApiTesting.hasNoValue;
import static id.aduanterbuka.api.testing.ApiTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.persistence.region.JpaRegionRepository;
import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionDirectory;
import id.aduanterbuka.region.RegionLevel;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The regions resource on Jersey over the demo regions of Jawa Tengah in a real PostgreSQL. */
class RegionsResourceTest extends JerseyTest {
  private static EntityManagerFactory emf;
  private static List<Region> allRegions;
  private EntityManager em;

  @BeforeAll
  static void loadReferenceData() {
    emf = ApiTesting.referenceDatabase().entityManagerFactory();
    EntityManager reader = emf.createEntityManager();
    try {
      allRegions = reader.createQuery("SELECT r FROM Region r", Region.class).getResultList();
    } finally {
      reader.close();
    }
  }

  @AfterAll
  static void closeDatabase() {
    emf.close();
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    em = emf.createEntityManager();
    RegionDirectory directory = new RegionDirectory(new JpaRegionRepository(em));
    return ApiTesting.application(
        RegionsResource.class,
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(directory).to(RegionDirectory.class);
          }
        });
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  /** Codes of the regions matching {@code which}, in code order: what the API must list. */
  private static List<String> expected(Predicate<Region> which) {
    return allRegions.stream()
        .filter(which)
        .map(Region::code)
        .sorted()
        .map(RegionCode::value)
        .toList();
  }

  @Test
  void listsEveryRegionInCodeOrder() {
    assertEquals(expected(r -> true), allCodes(target("v1/regions")));
  }

  @Test
  void filtersByLevel() {
    for (RegionLevel level : RegionLevel.values()) {
      assertEquals(
          expected(r -> r.level() == level),
          allCodes(target("v1/regions").queryParam("level", level.name())),
          level.name());
    }
    assertFalse(expected(r -> r.level() == RegionLevel.REGENCY).isEmpty());
  }

  @Test
  void filtersByParentToDirectChildrenOnly() {
    List<String> underProvince = allCodes(target("v1/regions").queryParam("parent", "33"));
    assertEquals(
        expected(r -> r.parent() != null && r.parent().code().value().equals("33")), underProvince);
    assertTrue(
        underProvince.stream().allMatch(c -> RegionCode.of(c).level() == RegionLevel.REGENCY));

    List<String> semarang = allCodes(target("v1/regions").queryParam("parent", "33.74"));
    assertFalse(semarang.isEmpty(), "the demo data has Kota Semarang's districts");
    assertEquals(
        expected(r -> r.parent() != null && r.parent().code().value().equals("33.74")), semarang);
  }

  @Test
  void levelAndParentCombine() {
    assertEquals(
        List.of(),
        allCodes(target("v1/regions").queryParam("parent", "33").queryParam("level", "DISTRICT")));
    List<String> surakarta =
        expected(r -> r.level() == RegionLevel.DISTRICT && r.code().value().startsWith("33.72."));
    assertFalse(surakarta.isEmpty(), "the demo data has Kota Surakarta's districts");
    assertEquals(
        surakarta,
        allCodes(
            target("v1/regions").queryParam("parent", "33.72").queryParam("level", "DISTRICT")));
  }

  @Test
  void pagesSplitTheListingWithoutGapsOrOverlaps() {
    List<String> all = expected(r -> true);
    int size = 7;
    long pages = (all.size() + size - 1) / size;
    List<String> walked = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      JsonObject body =
          ok(
              target("v1/regions")
                  .queryParam("page", page)
                  .queryParam("size", size)
                  .request()
                  .get());
      assertEquals(page, body.getInt("page"));
      assertEquals(size, body.getInt("size"));
      assertEquals(all.size(), body.getInt("totalItems"));
      assertEquals(pages, body.getInt("totalPages"));
      walked.addAll(codes(body));
    }
    assertEquals(all, walked);

    JsonObject beyond =
        ok(
            target("v1/regions")
                .queryParam("page", pages + 1)
                .queryParam("size", size)
                .request()
                .get());
    assertEquals(List.of(), codes(beyond));
    assertEquals(all.size(), beyond.getInt("totalItems"));
  }

  @Test
  void defaultsToTheFirstPageOfTwenty() {
    JsonObject body = ok(target("v1/regions").request().get());
    assertEquals(1, body.getInt("page"));
    assertEquals(20, body.getInt("size"));
    assertEquals(expected(r -> true).subList(0, 20), codes(body));
  }

  @Test
  void oneRegionCarriesItsKindLevelAndParent() {
    JsonObject semarang = ok(target("v1/regions/33.74").request().get());
    assertEquals("33.74", semarang.getString("code"));
    assertEquals("Semarang", semarang.getString("name"));
    assertEquals("Kota Semarang", semarang.getString("displayName"));
    assertEquals("KOTA", semarang.getString("kind"));
    assertEquals("REGENCY", semarang.getString("level"));
    assertEquals("33", semarang.getString("parentCode"));

    JsonObject province = ok(target("v1/regions/33").request().get());
    assertEquals("PROVINSI", province.getString("kind"));
    assertTrue(hasNoValue(province, "parentCode"));

    for (Region district :
        allRegions.stream().filter(r -> r.level() == RegionLevel.DISTRICT).limit(3).toList()) {
      JsonObject body = ok(target("v1/regions/" + district.code()).request().get());
      assertEquals(district.name(), body.getString("name"));
      assertEquals(district.parent().code().value(), body.getString("parentCode"));
      assertEquals("DISTRICT", body.getString("level"));
    }
  }

  @Test
  void badValuesAreProblemsNamingTheParameter() {
    assertProblem(target("v1/regions").queryParam("level", "CITY").request().get(), 400, "level");
    assertEquals(
        200,
        target("v1/regions").queryParam("level", "regency").request().get().getStatus(),
        "enum values are case-insensitive across the API");
    assertProblem(target("v1/regions").queryParam("parent", "3374").request().get(), 400, "parent");
    assertProblem(target("v1/regions").queryParam("page", "0").request().get(), 400, "page");
    assertProblem(target("v1/regions").queryParam("page", "two").request().get(), 400, "page");
    assertProblem(target("v1/regions").queryParam("size", "1000").request().get(), 400, "size");
    assertProblem(target("v1/regions/33.7").request().get(), 400, "code");
  }

  @Test
  void anUnknownRegionIsA404Problem() {
    assertNull(em.find(Region.class, RegionCode.of("33.99")));
    JsonObject problem = assertProblem(target("v1/regions/33.99").request().get(), 404, null);
    assertTrue(problem.getString("detail").contains("33.99"));
    assertEquals(
        List.of(), allCodes(target("v1/regions").queryParam("parent", "33.99")), "unknown parent");
  }
}
