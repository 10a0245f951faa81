package id.aduanterbuka.api.mpp;

import static id.aduanterbuka.api.testing.ApiTesting.allCodes;
import static id.aduanterbuka.api.testing.ApiTesting.allItems;
import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.mpp.Mpp;
import id.aduanterbuka.mpp.MppCatalogue;
import id.aduanterbuka.mpp.OpeningHours;
import id.aduanterbuka.persistence.mpp.JpaMppRepository;
import id.aduanterbuka.persistence.mpp.JpaMppServiceRepository;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Application;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MPP resource on Jersey over the ten demo MPPs in a real PostgreSQL. */
class MppsResourceTest extends JerseyTest {
  private static EntityManagerFactory emf;
  private static EntityManager reader;
  private static List<Mpp> allMpps;
  private static Map<String, Long> servicesOffered;
  private EntityManager em;

  @BeforeAll
  static void loadReferenceData() throws SQLException {
    PostgresTestDatabase db = ApiTesting.referenceDatabase();
    emf = db.entityManagerFactory();
    reader = emf.createEntityManager();
    allMpps =
        reader.createQuery("SELECT m FROM Mpp m", Mpp.class).getResultList().stream()
            .sorted(Comparator.comparing(Mpp::code))
            .toList();
    servicesOffered = new HashMap<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT m.code, count(o.service_id) FROM mpp m"
                    + " LEFT JOIN mpp_service_offering o ON o.mpp_id = m.id GROUP BY m.code")) {
      while (rs.next()) {
        servicesOffered.put(rs.getString(1), rs.getLong(2));
      }
    }
  }

  @AfterAll
  static void closeDatabase() {
    reader.close();
    emf.close();
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    em = emf.createEntityManager();
    MppCatalogue catalogue =
        new MppCatalogue(new JpaMppRepository(em), new JpaMppServiceRepository(em));
    return ApiTesting.application(
        MppsResource.class,
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(catalogue).to(MppCatalogue.class);
          }
        });
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  private static List<String> expected(Predicate<Mpp> which) {
    return allMpps.stream().filter(which).map(Mpp::code).toList();
  }

  private static Predicate<Mpp> nameContains(String text) {
    return m -> m.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  @Test
  void listsEveryMppWithRegencyHoursTenantsAndServiceCount() {
    List<JsonObject> items = allItems(target("v1/mpps"));

    assertEquals(expected(m -> true), items.stream().map(o -> o.getString("code")).toList());
    assertFalse(items.isEmpty());
    for (int i = 0; i < items.size(); i++) {
      assertMatches(allMpps.get(i), items.get(i));
    }
  }

  private static void assertMatches(Mpp mpp, JsonObject json) {
    assertEquals(mpp.name(), json.getString("name"));
    assertEquals(mpp.regency().code().value(), json.getJsonObject("regency").getString("code"));
    assertEquals(mpp.regency().displayName(), json.getJsonObject("regency").getString("name"));
    assertEquals(mpp.address(), json.getString("address"));
    assertEquals(mpp.openedOn().toString(), json.getString("openedOn"));

    List<OpeningHours> hours =
        mpp.openingHours().stream().sorted(Comparator.comparing(OpeningHours::day)).toList();
    assertEquals(hours.size(), json.getJsonArray("openingHours").size(), mpp.code());
    for (int d = 0; d < hours.size(); d++) {
      JsonObject day = json.getJsonArray("openingHours").getJsonObject(d);
      assertEquals(hours.get(d).day().name(), day.getString("day"));
      assertEquals(hours.get(d).opens().toString(), day.getString("opens"));
      assertEquals(hours.get(d).closes().toString(), day.getString("closes"));
    }

    List<Agency> tenants =
        mpp.tenants().stream().sorted(Comparator.comparing(Agency::code)).toList();
    assertEquals(
        tenants.stream().map(a -> a.code().value()).toList(),
        json.getJsonArray("tenants").stream().map(t -> t.asJsonObject().getString("code")).toList(),
        mpp.code());
    assertEquals(
        tenants.stream().map(Agency::name).toList(),
        json.getJsonArray("tenants").stream()
            .map(t -> t.asJsonObject().getString("name"))
            .toList());

    long offered = servicesOffered.get(mpp.code());
    assertTrue(offered > 0, mpp.code());
    assertEquals(offered, json.getJsonNumber("serviceCount").longValue(), mpp.code());
  }

  @Test
  void filtersByRegency() {
    for (Mpp mpp : allMpps) {
      String regency = mpp.regency().code().value();
      assertEquals(
          expected(m -> m.regency().code().value().equals(regency)),
          allCodes(target("v1/mpps").queryParam("regency", regency)),
          regency);
    }
    assertTrue(expected(m -> m.regency().code().value().equals("33.74")).isEmpty());
    assertEquals(List.of(), allCodes(target("v1/mpps").queryParam("regency", "33.74")));
  }

  @Test
  void searchesNamesIgnoringCase() {
    for (String q : List.of("surakarta", "KABUPATEN", "Pelayanan Publik Kota", "bAnYuMaS")) {
      List<String> found = allCodes(target("v1/mpps").queryParam("q", q));
      assertFalse(found.isEmpty(), q);
      assertEquals(expected(nameContains(q)), found, q);
    }
    // the text is matched literally: no LIKE wildcards
    assertEquals(List.of(), allCodes(target("v1/mpps").queryParam("q", "%")));
    assertEquals(List.of(), allCodes(target("v1/mpps").queryParam("q", "Kabupaten_Banyumas")));
  }

  @Test
  void regencyAndSearchCombine() {
    Mpp first = allMpps.get(0);
    String regency = first.regency().code().value();
    assertEquals(
        List.of(first.code()),
        allCodes(target("v1/mpps").queryParam("regency", regency).queryParam("q", "mal")));
    assertEquals(
        List.of(),
        allCodes(target("v1/mpps").queryParam("regency", regency).queryParam("q", "kota tegal")));
  }

  @Test
  void oneMppShowsWhatItsListingShows() {
    for (Mpp mpp : List.of(allMpps.get(0), allMpps.get(allMpps.size() - 1))) {
      JsonObject json = ok(target("v1/mpps/" + mpp.code()).request().get());
      assertEquals(mpp.code(), json.getString("code"));
      assertMatches(mpp, json);
    }
  }

  @Test
  void pagesSplitTheListing() {
    List<String> all = expected(m -> true);
    int size = 4;
    int pages = (all.size() + size - 1) / size;
    JsonObject first = ok(target("v1/mpps").queryParam("size", size).request().get());
    JsonObject last =
        ok(target("v1/mpps").queryParam("size", size).queryParam("page", pages).request().get());
    JsonObject beyond =
        ok(
            target("v1/mpps")
                .queryParam("size", size)
                .queryParam("page", pages + 1)
                .request()
                .get());

    assertEquals(all.subList(0, size), ApiTesting.codes(first));
    assertEquals(all.subList((pages - 1) * size, all.size()), ApiTesting.codes(last));
    assertEquals(List.of(), ApiTesting.codes(beyond));
    assertEquals(pages, first.getInt("totalPages"));
    assertEquals(all.size(), beyond.getInt("totalItems"));
  }

  @Test
  void badValuesAreProblemsNamingTheParameter() {
    assertProblem(target("v1/mpps").queryParam("regency", "33").request().get(), 400, "regency");
    assertProblem(
        target("v1/mpps").queryParam("regency", "33.74.01").request().get(), 400, "regency");
    assertProblem(target("v1/mpps").queryParam("regency", "3302").request().get(), 400, "regency");
    assertProblem(target("v1/mpps").queryParam("q", "x".repeat(101)).request().get(), 400, "q");
    assertProblem(target("v1/mpps").queryParam("page", "0").request().get(), 400, "page");
    assertProblem(target("v1/mpps").queryParam("size", "1000").request().get(), 400, "size");
    assertProblem(target("v1/mpps/mpp-3302").request().get(), 400, "code");
  }

  @Test
  void anUnknownMppIsA404Problem() {
    assertTrue(expected(m -> m.code().equals("MPP-3374")).isEmpty());
    JsonObject problem = assertProblem(target("v1/mpps/MPP-3374").request().get(), 404, null);
    assertTrue(problem.getString("detail").contains("MPP-3374"));
  }
}
