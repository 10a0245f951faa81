package id.aduanterbuka.api.open311;

import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.api.complaint.ComplaintsResource;
import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.http.RateLimitFilter;
import id.aduanterbuka.api.http.RateLimiter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.category.JpaCategoryRepository;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.intake.JdbcIntakeStore;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Open311 POST requests.json beside the read side: a key, the intake path, privacy. */
class GeoReportCreateTest extends JerseyTest {
  private static PostgresTestDatabase db;
  private static String agencyKey;
  private static String readerKey;
  private EntityManager em;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    if (db == null) {
      db = ApiTesting.referenceDatabase();
      ApiKeys keys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
      agencyKey = keys.issue(KeyKind.AGENCY, AgencyCode.of("DPUBMCK-33"), "App warga").token();
      readerKey = keys.issue(KeyKind.READER, null, "Reader").token();
    }
    em = db.entityManagerFactory().createEntityManager();
    CategoryDirectory categories = new CategoryDirectory(new JpaCategoryRepository(em));
    PublicComplaints complaints =
        new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    Intake intake = new Intake(new JdbcIntakeStore(db.dataSource()));
    ApiKeys keys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
    return new ResourceConfig(
            GeoReportResource.class, GeoReportIntakeResource.class, ComplaintsResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.NotPermitted.class)
        .register(ProblemMappers.RuleViolation.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new RateLimitFilter(
                new RateLimiter(10_000, System::nanoTime),
                new RateLimiter(10_000, System::nanoTime),
                keys,
                false))
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(categories).to(CategoryDirectory.class);
                bind(complaints).to(PublicComplaints.class);
                bind(intake).to(Intake.class);
                bind(keys).to(ApiKeys.class);
                bind(new EvidencePhotos(new JdbcPhotoStore(db.dataSource())))
                    .to(EvidencePhotos.class);
              }
            });
  }

  @AfterEach
  void close() {
    em.close();
  }

  private static Form request() {
    return request("jalan-rusak");
  }

  private static Form request(String serviceCode) {
    return new Form()
        .param("service_code", serviceCode)
        .param(
            "description", "Saya Budi Santoso, HP 081298765432. Jalan di depan balai desa rusak.")
        .param("first_name", "Budi")
        .param("last_name", "Santoso")
        .param("phone", "081298765432")
        .param("lat", "-6.99")
        .param("long", "110.42")
        .param("attribute[region]", "33.74");
  }

  @Test
  void aKeyedAppCreatesARequestThatIsPublishedRedacted() {
    Response response =
        target("open311/v2/requests.json")
            .request()
            .header("X-API-Key", agencyKey)
            .post(Entity.form(request()));
    String body = response.readEntity(String.class);
    assertEquals(201, response.getStatus(), body);
    JsonArray created = Json.createReader(new StringReader(body)).readArray();
    String reference = created.getJsonObject(0).getString("service_request_id");
    assertEquals("/api/v1/complaints/" + reference, response.getLocation().getPath());

    String view = target("v1/complaints/" + reference).request().get(String.class);
    assertTrue(view.contains("balai desa"), view);
    String listed = target("open311/v2/requests.json").request().get(String.class);
    for (String answer : new String[] {body, view, listed}) {
      assertFalse(answer.contains("081298765432"), answer);
      assertFalse(answer.contains("Santoso"), answer);
    }
  }

  @Test
  void creatingNeedsAWriterKey() {
    assertProblem(
        target("open311/v2/requests.json").request().post(Entity.form(request())), 401, null);
    assertProblem(
        target("open311/v2/requests.json")
            .request()
            .header("X-API-Key", readerKey)
            .post(Entity.form(request())),
        403,
        null);
  }

  @Test
  void theReadSideStaysAnonymousBesideIt() {
    assertEquals(200, target("open311/v2/services.json").request().get().getStatus());
  }

  @Test
  void anUnknownServiceCodeIsNamed() {
    assertProblem(
        target("open311/v2/requests.json")
            .request()
            .header("X-API-Key", agencyKey)
            .post(Entity.form(request("x"))),
        400,
        "category");
  }

  @Test
  void theAnswerIsXmlForRequestsXml() throws Exception {
    Response response =
        target("open311/v2/requests.xml")
            .request()
            .header("X-API-Key", agencyKey)
            .post(Entity.form(request()));
    String body = response.readEntity(String.class);
    assertEquals(201, response.getStatus(), body);
    assertTrue(
        response.getMediaType().toString().startsWith("text/xml"),
        response.getMediaType()::toString);
    org.w3c.dom.Document xml =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new org.xml.sax.InputSource(new StringReader(body)));
    assertEquals("service_requests", xml.getDocumentElement().getNodeName());
    String reference = xml.getElementsByTagName("service_request_id").item(0).getTextContent();
    assertTrue(reference.startsWith("ADU-"), body);
    assertEquals("/api/v1/complaints/" + reference, response.getLocation().getPath());
    assertEquals(1, xml.getElementsByTagName("service_notice").getLength());
    assertFalse(body.contains("Santoso"), body);
  }

  @Test
  void theSpecsApiKeyFieldAndAJsonBodyAreAccepted() {
    Response form =
        target("open311/v2/requests.json")
            .request()
            .post(Entity.form(request().param("api_key", agencyKey)));
    assertEquals(201, form.getStatus(), () -> form.readEntity(String.class));
    assertProblem(
        target("open311/v2/requests.json")
            .request()
            .post(Entity.form(request().param("api_key", "at_aaaaaaaa_" + "A".repeat(43)))),
        401,
        null);
    Response json =
        target("open311/v2/requests.json")
            .request()
            .header("X-API-Key", agencyKey)
            .post(
                Entity.json(
                    "{\"service_code\":\"jalan-rusak\",\"description\":\"Jalan rusak di depan"
                        + " pasar.\",\"lat\":-6.99,\"long\":110.42,"
                        + "\"attribute[region]\":\"33.74\"}"));
    assertEquals(201, json.getStatus(), () -> json.readEntity(String.class));
  }

  @Test
  void theReporterIdentityIsKeptOnlyInTheRestrictedTable() throws Exception {
    Response response =
        target("open311/v2/requests.json")
            .request()
            .header("X-API-Key", agencyKey)
            .post(
                Entity.form(
                    request()
                        .param("email", "budi.santoso@example.com")
                        .param("device_id", "dev-7f3a")
                        .param("account_id", "acct-991")
                        .param("media_url", "https://example.com/p.jpg")));
    String body = response.readEntity(String.class);
    assertEquals(201, response.getStatus(), body);
    String reference =
        Json.createReader(new StringReader(body))
            .readArray()
            .getJsonObject(0)
            .getString("service_request_id");
    try (java.sql.Connection c = db.connection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "SELECT o.reporter_name, o.reporter_contact FROM complaint_original o"
                    + " JOIN complaint c ON c.id = o.complaint_id WHERE c.reference = ?")) {
      ps.setString(1, reference);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("Budi Santoso", rs.getString(1));
        assertEquals(
            "email: budi.santoso@example.com; phone: 081298765432; device_id: dev-7f3a;"
                + " account_id: acct-991",
            rs.getString(2));
      }
    }
    String view = target("v1/complaints/" + reference).request().get(String.class);
    String xml = target("open311/v2/requests/" + reference + ".xml").request().get(String.class);
    for (String answer : new String[] {body, view, xml}) {
      for (String identity : new String[] {"budi.santoso@", "dev-7f3a", "acct-991", "Santoso"}) {
        assertFalse(answer.contains(identity), () -> identity + " in " + answer);
      }
    }
  }

  @Test
  void anUnknownFieldIsNamed() {
    assertProblem(
        target("open311/v2/requests.json")
            .request()
            .header("X-API-Key", agencyKey)
            .post(Entity.form(request().param("colour", "red"))),
        400,
        "colour");
  }
}
