package id.aduanterbuka.api.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.api.agency.AgenciesResource;
import id.aduanterbuka.api.category.CategoriesResource;
import id.aduanterbuka.api.complaint.ComplaintsResource;
import id.aduanterbuka.api.http.BodySizeLimitFilter;
import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.http.NulCharacterFilter;
import id.aduanterbuka.api.http.RateLimitFilter;
import id.aduanterbuka.api.http.RateLimiter;
import id.aduanterbuka.api.http.UnknownParameterFilter;
import id.aduanterbuka.api.intake.IntakeResource;
import id.aduanterbuka.api.open311.GeoReportIntakeResource;
import id.aduanterbuka.api.open311.GeoReportResource;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.api.region.RegionsResource;
import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.agency.JpaAgencyRepository;
import id.aduanterbuka.persistence.category.JpaCategoryRepository;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.intake.JdbcIntakeStore;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.region.JpaRegionRepository;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.region.RegionDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Application;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite: a table of malformed or malicious requests ({@link HostileCases})
 * against the public read endpoints, the intake API and Open311, on one Jersey server over the demo
 * reference data in a real PostgreSQL. Every case must be answered with a 4xx problem document that
 * names nothing of our internals; a few free-text parameters instead take hostile text as data
 * (200, and no leak). Afterwards nothing hostile has been written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends JerseyTest {
  private PostgresTestDatabase db;
  private EntityManager em;
  private Map<String, String> keys;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    db = ApiTesting.referenceDatabase();
    ApiKeys apiKeys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
    keys = new LinkedHashMap<>();
    keys.put("AGENCY", apiKeys.issue(KeyKind.AGENCY, AgencyCode.of("DPUBMCK-33"), "DPU").token());
    keys.put("READER", apiKeys.issue(KeyKind.READER, null, "Reader").token());
    var gone = apiKeys.issue(KeyKind.AGENCY, AgencyCode.of("DPUBMCK-33"), "Old");
    apiKeys.revoke(gone.key().prefix());
    keys.put("REVOKED", gone.token());
    em = db.entityManagerFactory().createEntityManager();
    CategoryDirectory categories = new CategoryDirectory(new JpaCategoryRepository(em));
    AgencyDirectory agencies = new AgencyDirectory(new JpaAgencyRepository(em));
    RegionDirectory regions = new RegionDirectory(new JpaRegionRepository(em));
    PublicComplaints complaints =
        new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    Intake intake = new Intake(new JdbcIntakeStore(db.dataSource()));
    EvidencePhotos photos = new EvidencePhotos(new JdbcPhotoStore(db.dataSource()));
    return new ResourceConfig(
            ComplaintsResource.class,
            AgenciesResource.class,
            RegionsResource.class,
            CategoriesResource.class,
            IntakeResource.class,
            GeoReportResource.class,
            GeoReportIntakeResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.NotPermitted.class)
        .register(ProblemMappers.RuleViolation.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.UnsupportedCharset.class)
        .register(ProblemMappers.UnknownCharset.class)
        .register(ProblemMappers.Unexpected.class)
        .register(UnknownParameterFilter.class)
        .register(NulCharacterFilter.class)
        .register(BodySizeLimitFilter.class)
        .register(
            new RateLimitFilter(
                new RateLimiter(1_000_000, System::nanoTime),
                new RateLimiter(1_000_000, System::nanoTime),
                apiKeys,
                false))
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(categories).to(CategoryDirectory.class);
                bind(agencies).to(AgencyDirectory.class);
                bind(regions).to(RegionDirectory.class);
                bind(complaints).to(PublicComplaints.class);
                bind(intake).to(Intake.class);
                bind(apiKeys).to(ApiKeys.class);
                bind(photos).to(EvidencePhotos.class);
              }
            });
  }

  // One server for the whole table: JerseyTest's per-test start is replaced by per-class.
  @BeforeAll
  void start() throws Exception {
    super.setUp();
  }

  @AfterAll
  void stop() throws Exception {
    super.tearDown();
    em.close();
  }

  @Override
  public void setUp() {}

  @Override
  public void tearDown() {}

  static Stream<HostileCases.Case> cases() {
    return HostileCases.all().stream();
  }

  @Test
  void theTableHoldsAtLeastTwoHundredCases() {
    List<HostileCases.Case> all = HostileCases.all();
    assertTrue(all.size() >= 200, () -> "cases: " + all.size());
    assertEquals(all.size(), all.stream().map(HostileCases.Case::name).distinct().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithoutLeaking(HostileCases.Case c) throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    c.headers()
        .forEach((name, value) -> headers.put(name, value.startsWith("@") ? key(value) : value));
    RawHttp.Answer answer = RawHttp.send(getPort(), c.method(), c.target(), headers, c.body());
    String why = c.name() + " → " + answer.status() + " " + answer.body();
    if (c.acceptedAsData()) {
      assertTrue(
          answer.status() == 200 || answer.status() == 201 || isClientError(answer.status()), why);
    } else {
      assertTrue(isClientError(answer.status()), why);
    }
    if (c.containerLevel() && c.status() != 0) {
      assertEquals(c.status(), answer.status(), why);
    }
    if (isClientError(answer.status()) && !c.containerLevel()) {
      assertEquals("application/problem+json", answer.contentType(), why);
      JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
      assertEquals(answer.status(), problem.getInt("status"), why);
      if (c.status() != 0) {
        assertEquals(c.status(), answer.status(), why);
      }
    }
    assertNoLeak(c, answer.body());
  }

  @Test
  void aValidWriteBesideTheTableIsStillStored() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(
            getPort(),
            "POST",
            "/v1/intake/complaints".getBytes(StandardCharsets.US_ASCII),
            Map.of("X-API-Key", keys.get("AGENCY"), "Content-Type", "application/json"),
            HostileCases.VALID.replace("besar.", "besar sekali.").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, answer.status(), answer.body());
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM complaint WHERE reference = '"
                    + Json.createReader(new StringReader(answer.body()))
                        .readObject()
                        .getString("reference")
                    + "'")) {
      rs.next();
      assertEquals(1, rs.getLong(1));
    }
  }

  private String key(String name) {
    return switch (name) {
      case "@AGENCY" -> keys.get("AGENCY");
      case "@READER" -> keys.get("READER");
      case "@REVOKED" -> keys.get("REVOKED");
      case "@BEARER_AGENCY" -> "Bearer " + keys.get("AGENCY");
      case "@BASIC_AGENCY" -> "Basic " + keys.get("AGENCY");
      case "@AGENCY_TAMPERED" -> tamper(keys.get("AGENCY"));
      case "@AGENCY_PREFIX_ONLY" -> keys.get("AGENCY").substring(0, 12);
      case "@AGENCY_TRAILING" -> keys.get("AGENCY") + "x";
      case "@AGENCY_LOWER" -> keys.get("AGENCY").toUpperCase(java.util.Locale.ROOT);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String tamper(String token) {
    char last = token.charAt(token.length() - 1);
    return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  private static boolean isClientError(int status) {
    return status >= 400 && status < 500;
  }

  /** Strings that would show our internals; the case's own input, echoed back, is not a leak. */
  static final List<String> LEAKS =
      List.of(
          "Exception",
          "at id.",
          "id.aduanterbuka",
          "org.postgresql",
          "org.glassfish",
          "org.eclipse",
          "jakarta.",
          "java.",
          "SELECT",
          "PSQLException",
          "/work",
          "/tmp",
          "/home",
          ".java:");

  private static void assertNoLeak(HostileCases.Case c, String body) {
    String rest = body;
    for (String echo : c.echoes()) {
      rest = rest.replace(echo, "");
    }
    for (String leak : LEAKS) {
      String shown = rest;
      assertFalse(shown.contains(leak), () -> c.name() + ": answer shows '" + leak + "': " + shown);
    }
    String own = rest;
    assertFalse(own.length() > 8_192, () -> c.name() + ": answer of " + own.length() + " chars");
    assertFalse(
        new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("\tat "),
        c.name());
  }
}
