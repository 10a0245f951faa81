package id.aduanterbuka.api.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.persistence.agency.JpaAgencyRepository;
import id.aduanterbuka.persistence.testing.Fixtures;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agencies resource on Jersey, over the real repository and a real PostgreSQL. */
class AgenciesResourceTest extends JerseyTest {
  private EntityManagerFactory emf;
  private EntityManager em;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    emf = PostgresTestDatabase.create().entityManagerFactory();
    Fixtures fixtures = new Fixtures(emf);
    fixtures.agency(
        "DINKES-33", "Dinas Kesehatan Provinsi Jawa Tengah", AgencyKind.DINAS, fixtures.jawaTengah);
    fixtures.agency(
        "DINKES-3374", "Dinas Kesehatan Kota Semarang", AgencyKind.DINAS, fixtures.kotaSemarang);
    fixtures.agency(
        "PDAM-3374", "Perumda Air Minum Tirta Moedal", AgencyKind.BUMD, fixtures.kotaSemarang);
    em = emf.createEntityManager();
    AgencyDirectory directory = new AgencyDirectory(new JpaAgencyRepository(em));
    return new ResourceConfig(AgenciesResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(directory).to(AgencyDirectory.class);
              }
            });
  }

  @AfterEach
  void closeDatabase() {
    em.close();
    emf.close();
  }

  private static JsonObject json(Response response) {
    return Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
  }

  private static List<String> codes(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("code"))
        .toList();
  }

  @Test
  void listsAgenciesInCodeOrderWithPagingFigures() {
    Response response = target("v1/agencies").queryParam("size", 2).request().get();

    assertEquals(200, response.getStatus());
    assertEquals("application/json", response.getMediaType().toString());
    JsonObject page = json(response);
    assertEquals(List.of("DINKES-33", "DINKES-3374"), codes(page));
    assertEquals(3, page.getInt("totalItems"));
    assertEquals(2, page.getInt("totalPages"));
    assertEquals(1, page.getInt("page"));
  }

  @Test
  void eachAgencyCarriesItsRegionAndChannels() {
    JsonObject agency = json(target("v1/agencies/PDAM-3374").request().get());

    assertEquals("Perumda Air Minum Tirta Moedal", agency.getString("name"));
    assertEquals("BUMD", agency.getString("kind"));
    assertEquals("33.74", agency.getJsonObject("region").getString("code"));
    assertEquals("Kota Semarang", agency.getJsonObject("region").getString("name"));
    JsonArray channels = agency.getJsonArray("channels");
    assertEquals(2, channels.size());
    assertTrue(
        channels.stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                c -> c.getString("type").equals("INSTAGRAM") && c.getBoolean("verifiedActive")));
  }

  @Test
  void filtersByRegionAndKind() {
    assertEquals(
        List.of("DINKES-3374", "PDAM-3374"),
        codes(json(target("v1/agencies").queryParam("region", "33.74").request().get())));
    assertEquals(
        List.of("PDAM-3374"),
        codes(json(target("v1/agencies").queryParam("kind", "BUMD").request().get())));
  }

  @Test
  void anOversizedPageIsAProblemNamingTheField() {
    Response response = target("v1/agencies").queryParam("size", 500).request().get();

    assertEquals(400, response.getStatus());
    assertEquals("application/problem+json", response.getMediaType().toString());
    JsonObject problem = json(response);
    assertEquals(400, problem.getInt("status"));
    assertEquals("size", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(problem.getString("detail").contains("between 1 and 100"));
  }

  @Test
  void malformedNumbersAndCodesAre400NotServerErrors() {
    assertEquals(400, target("v1/agencies").queryParam("page", "abc").request().get().getStatus());
    assertEquals(400, target("v1/agencies").queryParam("page", "0").request().get().getStatus());
    assertEquals(
        400, target("v1/agencies").queryParam("region", "3374").request().get().getStatus());
    assertEquals(
        400, target("v1/agencies").queryParam("kind", "PUSKESMAS").request().get().getStatus());
    assertEquals(400, target("v1/agencies/not a code").request().get().getStatus());
  }

  @Test
  void anUnknownAgencyIsA404Problem() {
    Response response = target("v1/agencies/DINSOS-3374").request().get();

    assertEquals(404, response.getStatus());
    assertEquals("application/problem+json", response.getMediaType().toString());
    JsonObject problem = json(response);
    assertTrue(problem.getString("detail").contains("DINSOS-3374"));
    assertEquals("/v1/agencies/DINSOS-3374", problem.getString("instance"));
    assertFalse(problem.containsKey("stackTrace"));
  }
}
