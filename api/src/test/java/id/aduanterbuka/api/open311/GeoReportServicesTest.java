package id.aduanterbuka.api.open311;

import static id.aduanterbuka.api.open311.Open311Testing.children;
import static id.aduanterbuka.api.open311.Open311Testing.jsonArray;
import static id.aduanterbuka.api.open311.Open311Testing.present;
import static id.aduanterbuka.api.open311.Open311Testing.strings;
import static id.aduanterbuka.api.open311.Open311Testing.xml;
import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Application;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Open311 services and service definitions on Jersey over the demo categories in PostgreSQL. */
class GeoReportServicesTest extends JerseyTest {
  /** Every field of a service in GET services, as the spec lists them. */
  private static final Set<String> SERVICE_FIELDS =
      Set.of(
          "service_code", "service_name", "description", "metadata", "type", "keywords", "group");

  private static PostgresTestDatabase db;
  private static EntityManagerFactory emf;
  private EntityManager em;

  @BeforeAll
  static void loadReferenceData() {
    db = ApiTesting.referenceDatabase();
    emf = db.entityManagerFactory();
  }

  @AfterAll
  static void closeDatabase() {
    emf.close();
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    em = emf.createEntityManager();
    return Open311Testing.application(db, em);
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  private JsonArray servicesJson() {
    return jsonArray(target("open311/v2/services.json").request().get());
  }

  @Test
  void everyCategoryIsOneServiceInCodeOrder() throws SQLException {
    JsonArray services = servicesJson();
    List<String> codes = strings(db, "SELECT code FROM category ORDER BY code");
    assertTrue(codes.size() > 20, "the demo categories are loaded");
    assertEquals(
        codes, services.stream().map(s -> s.asJsonObject().getString("service_code")).toList());
    List<String> rows =
        strings(db, "SELECT code || '|' || name_id || '|' || report_type FROM category");
    for (JsonObject service : services.getValuesAs(JsonObject.class)) {
      assertTrue(
          rows.contains(
              service.getString("service_code")
                  + "|"
                  + service.getString("service_name")
                  + "|"
                  + service.getString("group")),
          "Indonesian name and report type of " + service);
      assertFalse(service.getBoolean("metadata"));
      assertEquals("realtime", service.getString("type"));
    }
    JsonObject roads =
        services.getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("service_code").equals("jalan-rusak"))
            .findFirst()
            .orElseThrow();
    assertEquals("Jalan rusak", roads.getString("service_name"));
    assertTrue(roads.getString("description").startsWith("Damaged roads"), roads.toString());
    assertEquals("jalan, rusak, pengaduan, complaint", roads.getString("keywords"));
    assertEquals("COMPLAINT", roads.getString("group"));
  }

  @Test
  void everyServiceHasExactlyTheSpecsFields() {
    for (JsonObject service : servicesJson().getValuesAs(JsonObject.class)) {
      assertEquals(SERVICE_FIELDS, service.keySet(), service.toString());
      SERVICE_FIELDS.forEach(key -> assertTrue(present(service, key), key + " in " + service));
    }
  }

  @Test
  void xmlListsTheSameServicesUnderTheSpecsElementNames() {
    Document document = xml(target("open311/v2/services.xml").request().get());
    Element root = document.getDocumentElement();
    assertEquals("services", root.getTagName());
    List<Element> services = children(root);
    services.forEach(s -> assertEquals("service", s.getTagName()));
    List<Map<String, Object>> fromXml = services.stream().map(Open311Testing::fields).toList();
    List<Map<String, Object>> fromJson =
        servicesJson().getValuesAs(JsonObject.class).stream().map(Open311Testing::fields).toList();
    assertEquals(fromJson, fromXml);
  }

  @Test
  void aServiceDefinitionHasTheCodeAndNoAttributes() {
    String body =
        target("open311/v2/services/jalan-rusak.json").request().get().readEntity(String.class);
    JsonObject definition = Json.createReader(new StringReader(body)).readObject();
    assertEquals(Set.of("service_code", "attributes"), definition.keySet());
    assertEquals("jalan-rusak", definition.getString("service_code"));
    assertTrue(definition.getJsonArray("attributes").isEmpty());

    Element root =
        xml(target("open311/v2/services/jalan-rusak.xml").request().get()).getDocumentElement();
    assertEquals("service_definition", root.getTagName());
    List<Element> children = children(root);
    assertEquals(
        List.of("service_code", "attributes"), children.stream().map(Element::getTagName).toList());
    assertEquals("jalan-rusak", children.get(0).getTextContent());
    assertTrue(children(children.get(1)).isEmpty());
  }

  @Test
  void unknownServicesAndFormatsAreProblems() {
    for (String path :
        List.of(
            "open311/v2/services/tidak-ada.json",
            "open311/v2/services/tidak-ada.xml",
            "open311/v2/services/JALAN_RUSAK.json")) {
      assertProblem(target(path).request().get(), 404, null);
    }
    for (String path : List.of("open311/v2/services.csv", "open311/v2/services/jalan-rusak.csv")) {
      assertProblem(target(path).request().get(), 400, "format");
    }
    assertProblem(target("open311/v2/services").request().get(), 404, null);
  }

  @Test
  void jurisdictionIdIsAcceptedAndOtherParametersAreRefused() {
    assertEquals(
        servicesJson(),
        jsonArray(
            target("open311/v2/services.json")
                .queryParam("jurisdiction_id", "jatengprov.go.id")
                .request()
                .get()));
    assertProblem(
        target("open311/v2/services.json").queryParam("group", "COMPLAINT").request().get(),
        400,
        "group");
    assertProblem(
        target("open311/v2/services/jalan-rusak.json").queryParam("lang", "en").request().get(),
        400,
        "lang");
  }
}
