package id.aduanterbuka.api.mpp;

import static id.aduanterbuka.api.testing.ApiTesting.allCodes;
import static id.aduanterbuka.api.testing.ApiTesting.allItems;
import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.codes;
import static id.aduanterbuka.api.testing.ApiTesting.hasNoValue;
import static id.aduanterbuka.api.testing.ApiTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.mpp.Mpp;
import id.aduanterbuka.mpp.MppCatalogue;
import id.aduanterbuka.mpp.MppService;
import id.aduanterbuka.persistence.mpp.JpaMppRepository;
import id.aduanterbuka.persistence.mpp.JpaMppServiceRepository;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MPP service catalogue on Jersey over the demo catalogue in a real PostgreSQL. Every filter's
 * expectation is computed in Java from the entities, not by the SQL under test.
 */
class MppServicesResourceTest extends JerseyTest {
  private static EntityManagerFactory emf;
  private static EntityManager reader;
  private static List<MppService> allServices;
  private static List<Mpp> allMpps;
  private static long rowsInTable;
  private EntityManager em;

  @BeforeAll
  static void loadReferenceData() throws SQLException {
    PostgresTestDatabase db = ApiTesting.referenceDatabase();
    emf = db.entityManagerFactory();
    reader = emf.createEntityManager();
    allServices =
        reader.createQuery("SELECT s FROM MppService s", MppService.class).getResultList().stream()
            .sorted(Comparator.comparing(MppService::code))
            .toList();
    allMpps = reader.createQuery("SELECT m FROM Mpp m", Mpp.class).getResultList();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM mpp_service")) {
      rs.next();
      rowsInTable = rs.getLong(1);
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
        MppServicesResource.class,
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

  private static List<String> expected(Predicate<MppService> which) {
    return allServices.stream().filter(which).map(MppService::code).toList();
  }

  private WebTarget services(String... parameters) {
    WebTarget target = target("v1/mpp-services");
    for (int i = 0; i < parameters.length; i += 2) {
      target = target.queryParam(parameters[i], parameters[i + 1]);
    }
    return target;
  }

  private static Predicate<MppService> offeredInRegency(String regency) {
    return s -> s.offeredAt().stream().anyMatch(m -> m.regency().code().value().equals(regency));
  }

  private static Predicate<MppService> offeredAt(String mpp) {
    return s -> s.offeredAt().stream().anyMatch(m -> m.code().equals(mpp));
  }

  private static Predicate<MppService> providedBy(String agency) {
    return s -> s.agency().code().value().equals(agency);
  }

  private static Predicate<MppService> online() {
    return s -> s.onlineUrl() != null;
  }

  private static Predicate<MppService> named(String text) {
    return s -> s.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  @Test
  void listsTheWholeCatalogueInCodeOrder() {
    List<String> served = allCodes(services());

    assertEquals(rowsInTable, served.size());
    assertEquals(expected(s -> true), served);
  }

  @Test
  void eachListedServiceShowsItsProviderPlacesFeeDurationAndOutput() {
    List<JsonObject> items = allItems(services());
    assertEquals(allServices.size(), items.size());
    for (int i = 0; i < items.size(); i++) {
      MppService service = allServices.get(i);
      JsonObject json = items.get(i);
      assertEquals(service.code(), json.getString("code"));
      assertEquals(service.name(), json.getString("name"));
      assertEquals(service.agency().code().value(), json.getJsonObject("agency").getString("code"));
      assertEquals(service.agency().name(), json.getJsonObject("agency").getString("name"));
      assertEquals(
          service.offeredAt().stream().map(Mpp::code).sorted().toList(),
          json.getJsonArray("mppCodes").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList(),
          service.code());
      assertEquals(service.feeRupiah(), json.getJsonNumber("feeRupiah").longValue());
      assertEquals(service.isFree(), json.getBoolean("free"));
      assertEquals(service.duration().amount(), json.getJsonObject("duration").getInt("amount"));
      assertEquals(
          service.duration().unit().name(), json.getJsonObject("duration").getString("unit"));
      assertEquals(service.output(), json.getString("output"));
      if (service.onlineUrl() == null) {
        assertTrue(hasNoValue(json, "onlineUrl"), service.code());
      } else {
        assertEquals(service.onlineUrl(), json.getString("onlineUrl"));
      }
      assertFalse(json.containsKey("requirements"), "the listing leaves the standard out");
    }
  }

  @Test
  void filtersByRegencyOfAnOfferingMpp() {
    List<String> regencies =
        new ArrayList<>(allMpps.stream().map(m -> m.regency().code().value()).distinct().toList());
    regencies.add("33.74"); // Kota Semarang has no MPP in the demo
    for (String regency : regencies) {
      assertEquals(
          expected(offeredInRegency(regency)), allCodes(services("regency", regency)), regency);
    }
    assertTrue(expected(offeredInRegency("33.74")).isEmpty());
  }

  @Test
  void filtersByMpp() {
    for (Mpp mpp : allMpps) {
      List<String> served = allCodes(services("mpp", mpp.code()));
      assertFalse(served.isEmpty(), mpp.code());
      assertEquals(expected(offeredAt(mpp.code())), served, mpp.code());
    }
    assertEquals(List.of(), allCodes(services("mpp", "MPP-3374")));
  }

  @Test
  void filtersByProvidingAgency() {
    List<String> providers =
        allServices.stream().map(s -> s.agency().code().value()).distinct().toList();
    for (String agency : providers) {
      assertEquals(expected(providedBy(agency)), allCodes(services("agency", agency)), agency);
    }
    assertEquals(expected(providedBy("DINKES-3374")), allCodes(services("agency", "DINKES-3374")));
  }

  @Test
  void filtersByFeeAndOnlineLink() {
    List<String> free = allCodes(services("free", "true"));
    List<String> paid = allCodes(services("free", "false"));
    List<String> withLink = allCodes(services("online", "TRUE"));
    List<String> withoutLink = allCodes(services("online", "false"));

    assertEquals(expected(MppService::isFree), free);
    assertEquals(expected(s -> !s.isFree()), paid);
    assertEquals(expected(online()), withLink);
    assertEquals(expected(online().negate()), withoutLink);
    for (List<String> part : List.of(free, paid, withLink, withoutLink)) {
      assertFalse(part.isEmpty(), "the demo catalogue has services on both sides of each flag");
    }
    assertEquals(allServices.size(), free.size() + paid.size());
  }

  @Test
  void searchesServiceNamesIgnoringCase() {
    for (String q : List.of("paspor", "KTP-EL", "Izin", "akta kelahiran")) {
      List<String> found = allCodes(services("q", q));
      assertFalse(found.isEmpty(), q);
      assertEquals(expected(named(q)), found, q);
    }
    assertEquals(List.of(), allCodes(services("q", "%")), "matched literally, not as LIKE");
    assertEquals(expected(s -> true), allCodes(services("q", "  ")), "blank means no search");
  }

  @Test
  void filtersCombine() {
    assertEquals(
        expected(offeredInRegency("33.72").and(s -> !s.isFree()).and(online())),
        allCodes(services("regency", "33.72", "free", "false", "online", "true")));
    assertEquals(
        expected(providedBy("POLDA-33").and(offeredAt("MPP-3302"))),
        allCodes(services("agency", "POLDA-33", "mpp", "MPP-3302")));
    List<String> passports = expected(named("paspor").and(offeredAt("MPP-3372")));
    assertFalse(passports.isEmpty());
    assertEquals(passports, allCodes(services("q", "paspor", "mpp", "MPP-3372")));
  }

  @Test
  void pagesSplitTheCatalogueWithoutGapsOrOverlaps() {
    List<String> all = expected(s -> true);
    int size = 50;
    int pages = (all.size() + size - 1) / size;
    List<String> walked = new ArrayList<>();
    for (int page = 1; page <= pages + 1; page++) {
      JsonObject body = ok(services("page", "" + page, "size", "" + size).request().get());
      assertEquals(all.size(), body.getInt("totalItems"));
      assertEquals(pages, body.getInt("totalPages"));
      walked.addAll(codes(body));
    }
    assertEquals(all, walked);
  }

  @Test
  void oneServiceShowsItsWholeServiceStandard() {
    MppService paid = allServices.stream().filter(s -> !s.isFree()).findFirst().orElseThrow();
    MppService offline = allServices.stream().filter(online().negate()).findFirst().orElseThrow();
    for (MppService service : List.of(paid, offline)) {
      JsonObject json = ok(target("v1/mpp-services/" + service.code()).request().get());
      assertEquals(service.code(), json.getString("code"));
      assertEquals(service.feeRupiah(), json.getJsonNumber("feeRupiah").longValue());
      assertEquals(
          service.requirements(),
          json.getJsonArray("requirements").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
      assertEquals(
          service.procedure(),
          json.getJsonArray("procedure").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
      assertEquals(service.legalBasis(), json.getString("legalBasis"));
      assertEquals(
          service.offeredAt().stream().map(Mpp::code).sorted().toList(),
          json.getJsonArray("mppCodes").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
    }
  }

  @Test
  void badValuesAreProblemsNamingTheParameter() {
    assertProblem(services("free", "maybe").request().get(), 400, "free");
    assertProblem(services("online", "yes").request().get(), 400, "online");
    assertProblem(services("agency", "polda-33").request().get(), 400, "agency");
    assertProblem(services("mpp", "3302").request().get(), 400, "mpp");
    assertProblem(services("regency", "33").request().get(), 400, "regency");
    assertProblem(services("regency", "semarang").request().get(), 400, "regency");
    assertProblem(services("q", "x".repeat(101)).request().get(), 400, "q");
    assertProblem(services("page", "0").request().get(), 400, "page");
    assertProblem(services("size", "1000").request().get(), 400, "size");
    assertProblem(target("v1/mpp-services/KTP EL").request().get(), 400, "code");
  }

  @Test
  void anUnknownServiceIsA404Problem() {
    assertTrue(expected(s -> s.code().equals("disdukcapil-3374-ktp-el")).isEmpty());
    JsonObject problem =
        assertProblem(target("v1/mpp-services/disdukcapil-3374-ktp-el").request().get(), 404, null);
    assertTrue(problem.getString("detail").contains("disdukcapil-3374-ktp-el"));
  }
}
