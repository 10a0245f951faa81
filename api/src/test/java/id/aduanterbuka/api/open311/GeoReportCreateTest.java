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
                new ApiKeys(new JdbcApiKeyStore(db.dataSource())),
                false))
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(categories).to(CategoryDirectory.class);
                bind(complaints).to(PublicComplaints.class);
                bind(intake).to(Intake.class);
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
}
