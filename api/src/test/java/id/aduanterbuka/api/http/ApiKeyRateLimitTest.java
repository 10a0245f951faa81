package id.aduanterbuka.api.http;

import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.api.agency.AgenciesResource;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.agency.JpaAgencyRepository;
import id.aduanterbuka.persistence.testing.Fixtures;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * API keys at the door: a key's own bucket and limit, 401 for keys we do not accept, revocation,
 * and the key as the request's principal — over a real resource and the real key table.
 */
class ApiKeyRateLimitTest extends JerseyTest {
  private static final int IP_LIMIT = 3;
  private static final int KEY_LIMIT = 5;
  private static final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private PostgresTestDatabase db;
  private EntityManagerFactory emf;
  private EntityManager em;
  private ApiKeys keys;

  /** What a resource learns of its caller: the request's security context and key property. */
  @Path("v1/whoami")
  public static class WhoAmI {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@Context SecurityContext security, @Context ContainerRequestContext request) {
      if (!(security.getUserPrincipal() instanceof ApiKey key)) {
        return "anonymous";
      }
      return key.getName()
          + " "
          + security.getAuthenticationScheme()
          + " agency:"
          + security.isUserInRole("AGENCY")
          + " reader:"
          + security.isUserInRole("READER")
          + " property:"
          + (request.getProperty(RateLimitFilter.API_KEY) == key);
    }
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    db = PostgresTestDatabase.create();
    emf = db.entityManagerFactory();
    Fixtures fixtures = new Fixtures(emf);
    fixtures.agency(
        "DINKES-3374", "Dinas Kesehatan Kota Semarang", AgencyKind.DINAS, fixtures.kotaSemarang);
    em = emf.createEntityManager();
    AgencyDirectory directory = new AgencyDirectory(new JpaAgencyRepository(em));
    keys = keysOfAnotherProcess();
    return new ResourceConfig(AgenciesResource.class, WhoAmI.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(
            new RateLimitFilter(
                new RateLimiter(IP_LIMIT, nanos::get),
                new RateLimiter(KEY_LIMIT, nanos::get),
                keys,
                true))
        .register(CorsFilter.class)
        .register(UnknownParameterFilter.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(directory).to(AgencyDirectory.class);
              }
            });
  }

  /** Keys over the same table with the test's clock, as {@code bin/aduan keys} would see them. */
  private ApiKeys keysOfAnotherProcess() {
    return new ApiKeys(
        new JdbcApiKeyStore(db.dataSource()),
        () -> Instant.EPOCH.plusNanos(nanos.get()),
        new SecureRandom());
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  private String reader(String label) {
    return keys.issue(KeyKind.READER, null, label).token();
  }

  private Response anonymous(String ip) {
    return target("v1/agencies").request().header("X-Forwarded-For", ip).get();
  }

  private Response keyed(String ip, String key) {
    return target("v1/agencies")
        .request()
        .header("X-Forwarded-For", ip)
        .header("X-API-Key", key)
        .get();
  }

  private static String remaining(Response r) {
    return r.getHeaderString("RateLimit-Remaining");
  }

  @Test
  void aKeyHasItsOwnBucketAndLimitApartFromItsIp() {
    String key = reader("Redaksi data");
    for (int i = 0; i < IP_LIMIT; i++) {
      assertEquals(200, anonymous("192.0.2.7").getStatus());
    }
    assertEquals(429, anonymous("192.0.2.7").getStatus());

    for (int i = 1; i <= KEY_LIMIT; i++) {
      Response ok = keyed("192.0.2.7", key);
      assertEquals(200, ok.getStatus(), "the IP's empty bucket does not limit the key");
      assertEquals(String.valueOf(KEY_LIMIT), ok.getHeaderString("RateLimit-Limit"));
      assertEquals(String.valueOf(KEY_LIMIT - i), remaining(ok));
      assertNotNull(ok.getHeaderString("RateLimit-Reset"));
    }
    Response limited = keyed("192.0.2.7", key);
    JsonObject problem = assertProblem(limited, 429, null);
    assertEquals("12", limited.getHeaderString("Retry-After"), "5 a minute: one every 12 s");
    assertTrue(problem.getString("detail").startsWith("This API key"), problem.toString());

    Response elsewhere = anonymous("192.0.2.8");
    assertEquals(200, elsewhere.getStatus(), "the key's empty bucket does not limit an IP");
    assertEquals(String.valueOf(IP_LIMIT), elsewhere.getHeaderString("RateLimit-Limit"));
    assertNotNull(keys.list().get(0).lastUsedAt(), "its use is recorded");
  }

  @Test
  void twoKeysHaveTwoBuckets() {
    String first = reader("Redaksi A");
    String second = reader("Redaksi B");
    for (int i = 0; i < KEY_LIMIT; i++) {
      keyed("192.0.2.7", first);
    }
    assertEquals(429, keyed("192.0.2.7", first).getStatus());

    Response other = keyed("192.0.2.7", second);
    assertEquals(200, other.getStatus());
    assertEquals(String.valueOf(KEY_LIMIT - 1), remaining(other));
  }

  @Test
  void aBearerTokenIsTheSameKeyAndBucket() {
    String key = reader("Redaksi data");
    assertEquals(String.valueOf(KEY_LIMIT - 1), remaining(keyed("192.0.2.7", key)));

    Response bearer =
        target("v1/agencies")
            .request()
            .header("X-Forwarded-For", "192.0.2.9")
            .header("Authorization", "Bearer " + key)
            .get();

    assertEquals(200, bearer.getStatus());
    assertEquals(String.valueOf(KEY_LIMIT), bearer.getHeaderString("RateLimit-Limit"));
    assertEquals(String.valueOf(KEY_LIMIT - 2), remaining(bearer), "the same bucket, another IP");
  }

  @Test
  void anUnknownKeyIsRefusedNotServedAnonymously() {
    String unknown = "at_abcdefgh_" + "x".repeat(43);

    Response r = keyed("192.0.2.7", unknown);

    JsonObject problem = assertProblem(r, 401, null);
    assertEquals("Unauthorized", problem.getString("title"));
    assertEquals("about:blank", problem.getString("type"));
    assertTrue(problem.getString("detail").contains("X-API-Key"), problem.toString());
    assertFalse(problem.toString().contains(unknown), "the key is never echoed");
    assertTrue(r.getHeaderString("WWW-Authenticate").startsWith("Bearer "));
    assertEquals("*", r.getHeaderString("Access-Control-Allow-Origin"));
    assertEquals(
        String.valueOf(IP_LIMIT), r.getHeaderString("RateLimit-Limit"), "charged to the IP");
    assertEquals(String.valueOf(IP_LIMIT - 1), remaining(r));
  }

  @Test
  void malformedAndEmptyKeysAreRefused() {
    String[][] headers = {
      {"X-API-Key", "nonsense"},
      {"X-API-Key", ""},
      {"Authorization", "Bearer"},
      {"Authorization", "bearer at_abcdefgh_short"}
    };
    for (int i = 0; i < headers.length; i++) {
      Response r =
          target("v1/agencies")
              .request()
              .header("X-Forwarded-For", "192.0.2." + (10 + i))
              .header(headers[i][0], headers[i][1])
              .get();
      assertProblem(r, 401, null);
    }
  }

  @Test
  void refusedKeysCountAgainstTheIpsLimit() {
    String unknown = "at_abcdefgh_" + "x".repeat(43);
    for (int i = 0; i < IP_LIMIT; i++) {
      assertEquals(401, keyed("192.0.2.7", unknown).getStatus());
    }

    assertProblem(keyed("192.0.2.7", unknown), 429, null);
    assertEquals(429, anonymous("192.0.2.7").getStatus(), "guessing keys is not free");
    assertEquals(200, keyed("192.0.2.7", reader("Redaksi data")).getStatus(), "a good key is");
  }

  @Test
  void otherAuthorizationSchemesReadAnonymously() {
    Response r =
        target("v1/agencies")
            .request()
            .header("X-Forwarded-For", "192.0.2.7")
            .header("Authorization", "Basic dXNlcjpwYXNz")
            .get();

    assertEquals(200, r.getStatus());
    assertEquals(String.valueOf(IP_LIMIT), r.getHeaderString("RateLimit-Limit"));
  }

  @Test
  void aKeyRevokedByTheOperatorStopsWorkingWithinTheCacheTime() {
    String key = reader("Redaksi data");
    assertEquals(200, keyed("192.0.2.7", key).getStatus());

    keysOfAnotherProcess().revoke(key.substring(3, 11));

    assertEquals(200, keyed("192.0.2.7", key).getStatus(), "still cached");
    nanos.addAndGet(ApiKeys.AUTHENTICATION_TTL.toNanos());
    assertProblem(keyed("192.0.2.7", key), 401, null);
  }

  @Test
  void theKeyIsTheRequestsPrincipalWithItsKindAsRole() {
    String token =
        keys.issue(KeyKind.AGENCY, AgencyCode.of("DINKES-3374"), "Tim data Dinkes").token();

    String keyed =
        target("v1/whoami").request().header("X-API-Key", token).get().readEntity(String.class);
    String anonymous = target("v1/whoami").request().get().readEntity(String.class);

    assertEquals(token.substring(3, 11) + " API-Key agency:true reader:false property:true", keyed);
    assertEquals("anonymous", anonymous);
  }
}
