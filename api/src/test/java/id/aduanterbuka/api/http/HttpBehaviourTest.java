package id.aduanterbuka.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.api.agency.AgenciesResource;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.instance.InstanceService;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.agency.JpaAgencyRepository;
import id.aduanterbuka.persistence.instance.SqlInstanceQueries;
import id.aduanterbuka.persistence.testing.Fixtures;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validators and 304s, CORS, unknown parameters and the rate limit, on a real resource. */
class HttpBehaviourTest extends JerseyTest {
  private static final int LIMIT = 5;
  private static final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private PostgresTestDatabase db;
  private EntityManagerFactory emf;
  private EntityManager em;
  private Fixtures fixtures;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    db = PostgresTestDatabase.create();
    emf = db.entityManagerFactory();
    fixtures = new Fixtures(emf);
    fixtures.agency(
        "DINKES-3374", "Dinas Kesehatan Kota Semarang", AgencyKind.DINAS, fixtures.kotaSemarang);
    em = emf.createEntityManager();
    AgencyDirectory directory = new AgencyDirectory(new JpaAgencyRepository(em));
    InstanceService instance =
        new InstanceService(new SqlInstanceQueries(db.dataSource()), () -> nanos.get() / 1_000_000);
    return new ResourceConfig(AgenciesResource.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new RateLimitFilter(
                new RateLimiter(LIMIT, nanos::get),
                new RateLimiter(LIMIT, nanos::get),
                new ApiKeys(new JdbcApiKeyStore(db.dataSource())),
                true))
        .register(new CachingFilter(instance))
        .register(CorsFilter.class)
        .register(CompressionFeature.class)
        .register(UnknownParameterFilter.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(directory).to(AgencyDirectory.class);
              }
            });
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  private Response get(String client, String ifNoneMatch) {
    var request = target("v1/agencies").request().header("X-Forwarded-For", client);
    if (ifNoneMatch != null) {
      request = request.header("If-None-Match", ifNoneMatch);
    }
    return request.get();
  }

  @Test
  void conditionalRequestsGet304UntilTheDataChanges() throws Exception {
    Response first = get("10.0.0.1", null);
    assertEquals(200, first.getStatus());
    String etag = first.getHeaderString("ETag");
    assertTrue(etag.startsWith("W/\""), etag);
    assertEquals("public, max-age=60", first.getHeaderString("Cache-Control"));
    assertNotNull(first.getHeaderString("Last-Modified"));
    assertEquals("*", first.getHeaderString("Access-Control-Allow-Origin"));

    Response again = get("10.0.0.2", etag);
    assertEquals(304, again.getStatus());
    assertEquals(etag, again.getHeaderString("ETag"));
    assertEquals("", again.readEntity(String.class));

    fixtures.agency("PDAM-3374", "Perumda Air Minum", AgencyKind.BUMD, fixtures.kotaSemarang);
    nanos.addAndGet((InstanceService.VERSION_TTL_MILLIS + 1) * 1_000_000);
    Response changed = get("10.0.0.3", etag);
    assertEquals(200, changed.getStatus(), "a new agency changes the data version");
    assertNotEquals(etag, changed.getHeaderString("ETag"));
    assertTrue(changed.readEntity(String.class).contains("PDAM-3374"));
  }

  @Test
  void responsesAreGzippedForClientsThatAcceptIt() throws Exception {
    Response r = target("v1/agencies").request().header("Accept-Encoding", "gzip").get();
    assertEquals(200, r.getStatus());
    assertEquals("gzip", r.getHeaderString("Content-Encoding"));
    byte[] body = r.readEntity(byte[].class);
    String json =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(json.contains("DINKES-3374"), json);
  }

  @Test
  void unknownParametersAreRefusedByName() {
    Response r = target("v1/agencies").queryParam("regoin", "33.74").request().get();
    assertEquals(400, r.getStatus());
    String body = r.readEntity(String.class);
    assertTrue(body.contains("\"field\":\"regoin\""), body);
    assertTrue(body.contains("kind, page, region, size"), body);
  }

  @Test
  void preflightsAreAnsweredForGet() {
    Response r =
        target("v1/agencies")
            .request()
            .header("Origin", "https://example.org")
            .header("Access-Control-Request-Method", "GET")
            .options();
    assertEquals("*", r.getHeaderString("Access-Control-Allow-Origin"));
    assertTrue(r.getHeaderString("Access-Control-Allow-Methods").contains("GET"));
  }

  @Test
  void eachClientHasItsOwnLimitAnd429TellsWhenToRetry() {
    for (int i = 1; i <= LIMIT; i++) {
      Response ok = get("192.0.2.7", null);
      assertEquals(200, ok.getStatus());
      assertEquals(String.valueOf(LIMIT), ok.getHeaderString("RateLimit-Limit"));
      assertEquals(String.valueOf(LIMIT - i), ok.getHeaderString("RateLimit-Remaining"));
    }
    Response limited = get("192.0.2.7", null);
    assertEquals(429, limited.getStatus());
    assertEquals("application/problem+json", limited.getMediaType().toString());
    assertEquals("12", limited.getHeaderString("Retry-After"), "5 a minute: one every 12 s");
    assertEquals(200, get("192.0.2.8", null).getStatus(), "another client is not affected");

    nanos.addAndGet(12_000_000_000L);
    assertEquals(200, get("192.0.2.7", null).getStatus(), "a token came back after 12 s");
    assertEquals(429, get("192.0.2.7", null).getStatus());
  }
}
