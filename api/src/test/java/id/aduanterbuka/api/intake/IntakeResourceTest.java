package id.aduanterbuka.api.intake;

import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.json;
import static id.aduanterbuka.api.testing.ApiTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.intake.JdbcIntakeStore;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * The intake API over the real key table, the real intake store and the public complaint read
 * model: who may write, what is written, retries, refusals, the audit log and privacy.
 */
class IntakeResourceTest extends JerseyTest {
  private static final String ROADS = "DPUBMCK-33";
  private static final String TRANSPORT = "DISHUB-33";
  private static PostgresTestDatabase db;
  private static String operator;
  private static String roadsKey;
  private static String transportKey;
  private static String reader;
  private static String revoked;
  private static String roadsPrefix;
  private static ApiKeys keys;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    if (db == null) {
      db = ApiTesting.referenceDatabase();
      keys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
      operator = keys.issue(KeyKind.OPERATOR, null, "Admin").token();
      var roads = keys.issue(KeyKind.AGENCY, AgencyCode.of(ROADS), "Tim data DPU");
      roadsKey = roads.token();
      roadsPrefix = roads.key().prefix();
      transportKey = keys.issue(KeyKind.AGENCY, AgencyCode.of(TRANSPORT), "Dishub").token();
      reader = keys.issue(KeyKind.READER, null, "Newsroom").token();
      var gone = keys.issue(KeyKind.OPERATOR, null, "Old script");
      keys.revoke(gone.key().prefix());
      revoked = gone.token();
    }
    Intake intake = new Intake(new JdbcIntakeStore(db.dataSource()));
    PublicComplaints complaints =
        new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource()));
    return new ResourceConfig(IntakeResource.class, ComplaintsResource.class)
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
                bind(intake).to(Intake.class);
                bind(complaints).to(PublicComplaints.class);
              }
            });
  }

  private static String complaint(String agency, String text) {
    return "{\"channel\":\"WHATSAPP\",\"category\":\"jalan-rusak\",\"region\":\"33.74\","
        + "\"receivedAt\":\"2026-11-02T08:00:00+07:00\",\"text\":\""
        + text
        + "\""
        + (agency == null ? "" : ",\"agency\":\"" + agency + "\"")
        + "}";
  }

  private static final String ROAD_TEXT =
      "Jalan di depan pasar berlubang besar sejak sebulan, sudah dua motor jatuh.";

  private Invocation.Builder post(String path, String key) {
    Invocation.Builder request = target(path).request(MediaType.APPLICATION_JSON);
    return key == null ? request : request.header("X-API-Key", key);
  }

  private Response submit(String key, String body) {
    return post("v1/intake/complaints", key).post(Entity.json(body));
  }

  private Response event(String key, String reference, String body) {
    return post("v1/intake/complaints/" + reference + "/events", key).post(Entity.json(body));
  }

  private JsonObject created(Response response) {
    assertEquals(201, response.getStatus(), () -> "status; body: " + text(response));
    return json(response);
  }

  private static String text(Response response) {
    response.bufferEntity();
    return response.readEntity(String.class);
  }

  private String newComplaint(String key, String agency) {
    return created(submit(key, complaint(agency, ROAD_TEXT))).getString("reference");
  }

  private static long count(String sql, String parameter) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setString(1, parameter);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void withoutAKeyWritingIsUnauthorized() {
    Response response = submit(null, complaint(ROADS, ROAD_TEXT));
    assertProblem(response, 401, null);
    assertTrue(response.getHeaderString("WWW-Authenticate").startsWith("Bearer"));
  }

  @Test
  void anUnknownOrMalformedKeyIsUnauthorized() {
    assertProblem(submit("at_aaaaaaaa_" + "x".repeat(43), complaint(ROADS, ROAD_TEXT)), 401, null);
    assertProblem(submit("not-a-key", complaint(ROADS, ROAD_TEXT)), 401, null);
  }

  @Test
  void aRevokedKeyIsUnauthorized() {
    assertProblem(submit(revoked, complaint(ROADS, ROAD_TEXT)), 401, null);
  }

  @Test
  void aReaderKeyIsForbidden() {
    assertProblem(submit(reader, complaint(ROADS, ROAD_TEXT)), 403, null);
  }

  @Test
  void anAgencyKeyCannotSubmitForAnotherAgency() throws SQLException {
    long before = count("SELECT count(*) FROM complaint", null);
    assertProblem(submit(roadsKey, complaint(TRANSPORT, ROAD_TEXT)), 403, null);
    assertEquals(before, count("SELECT count(*) FROM complaint", null));
  }

  @Test
  void anAgencyKeyCannotAddEventsToAComplaintRoutedElsewhere() {
    String reference = newComplaint(operator, TRANSPORT);
    assertProblem(event(roadsKey, reference, "{\"type\":\"RESPONDED\"}"), 403, null);
  }

  @Test
  void anAgencyKeyCannotReportOperatorEvents() {
    String reference = newComplaint(roadsKey, null);
    assertProblem(event(roadsKey, reference, "{\"type\":\"REJECTED\"}"), 403, null);
  }

  @Test
  void publicReadingStaysAnonymous() {
    String reference = newComplaint(operator, ROADS);
    assertEquals(200, target("v1/complaints/" + reference).request().get().getStatus());
  }

  @Test
  void aSubmittedComplaintAndItsEventsArePublishedRedactedWithTheirTimeline() throws SQLException {
    Response response = submit(roadsKey, complaint(null, ROAD_TEXT));
    JsonObject result = created(response);
    String reference = result.getString("reference");
    assertEquals("/api/v1/complaints/" + reference, response.getLocation().getPath());
    assertEquals("ROUTED", result.getString("status"));
    assertEquals("PUBLISHED", result.getString("publication"));

    JsonObject answered =
        created(
            event(
                roadsKey,
                reference,
                "{\"type\":\"RESPONDED\",\"occurredAt\":\"2026-11-03T09:00:00+07:00\","
                    + "\"note\":\"Tim sudah meninjau lokasi.\"}"));
    assertEquals(3, answered.getInt("eventSequence"));
    assertEquals("RESPONDED", answered.getString("status"));

    JsonObject view = ok(target("v1/complaints/" + reference).request().get());
    assertEquals(ROAD_TEXT, view.getString("text"));
    List<String> steps = new ArrayList<>();
    view.getJsonArray("timeline").forEach(s -> steps.add(s.asJsonObject().getString("type")));
    assertEquals(List.of("RECEIVED", "ROUTED", "RESPONDED"), steps);
    JsonObject responded = view.getJsonArray("timeline").getJsonObject(2);
    assertEquals(ROADS, responded.getString("agency"));
    assertEquals("Tim sudah meninjau lokasi.", responded.getString("note"));

    // the public list reads complaint_fact: refreshed by the write
    JsonObject list =
        ok(
            target("v1/complaints")
                .queryParam("agency", ROADS)
                .queryParam("limit", 100)
                .request()
                .get());
    assertTrue(
        list.getJsonArray("items").stream()
            .anyMatch(i -> i.asJsonObject().getString("reference").equals(reference)),
        "listed: " + list);
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id WHERE c.reference = ?",
            reference));
  }

  @Test
  void anOperatorRoutesAndAnAgencyResolves() {
    String reference = newComplaint(operator, null);
    assertEquals(404, target("v1/complaints/" + reference).request().get().getStatus());
    assertEquals(
        "ROUTED",
        created(event(operator, reference, "{\"type\":\"ROUTED\",\"agency\":\"" + ROADS + "\"}"))
            .getString("status"));
    assertEquals(
        "RESOLVED",
        created(event(roadsKey, reference, "{\"type\":\"RESOLVED\"}")).getString("status"));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResponse() throws SQLException {
    String key = UUID.randomUUID().toString();
    String body = complaint(ROADS, ROAD_TEXT);
    long before = count("SELECT count(*) FROM complaint", null);
    Response first =
        post("v1/intake/complaints", operator)
            .header("Idempotency-Key", key)
            .post(Entity.json(body));
    String firstBody = text(first);
    assertEquals(201, first.getStatus(), firstBody);
    Response retry =
        post("v1/intake/complaints", operator)
            .header("Idempotency-Key", key)
            .post(Entity.json(body));
    assertEquals(201, retry.getStatus());
    assertEquals(firstBody, text(retry));
    assertEquals(first.getLocation(), retry.getLocation());
    assertEquals("true", retry.getHeaderString("Idempotent-Replayed"));
    assertNull(first.getHeaderString("Idempotent-Replayed"));
    assertEquals(before + 1, count("SELECT count(*) FROM complaint", null));
  }

  @Test
  void anEventRetryAddsTheEventOnce() throws SQLException {
    String reference = newComplaint(roadsKey, null);
    String body = "{\"type\":\"RESPONDED\"}";
    for (int i = 0; i < 2; i++) {
      assertEquals(
          3,
          created(
                  post("v1/intake/complaints/" + reference + "/events", roadsKey)
                      .header("Idempotency-Key", "respond-" + reference)
                      .post(Entity.json(body)))
              .getInt("eventSequence"));
    }
    assertEquals(
        3,
        count(
            "SELECT count(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id"
                + " WHERE c.reference = ?",
            reference));
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIsRefused() throws SQLException {
    String key = UUID.randomUUID().toString();
    created(
        post("v1/intake/complaints", operator)
            .header("Idempotency-Key", key)
            .post(Entity.json(complaint(ROADS, ROAD_TEXT))));
    long before = count("SELECT count(*) FROM complaint", null);
    Response other =
        post("v1/intake/complaints", operator)
            .header("Idempotency-Key", key)
            .post(Entity.json(complaint(ROADS, "Lampu jalan mati di gang tiga.")));
    assertProblem(other, 422, "Idempotency-Key");
    assertEquals(before, count("SELECT count(*) FROM complaint", null));
  }

  @Test
  void concurrentRetriesWriteOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = complaint(ROADS, ROAD_TEXT);
    long before = count("SELECT count(*) FROM complaint", null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            pool.submit(
                () ->
                    created(
                            post("v1/intake/complaints", operator)
                                .header("Idempotency-Key", key)
                                .post(Entity.json(body)))
                        .getString("reference")));
      }
      Set<String> references = new HashSet<>();
      for (Future<String> answer : answers) {
        references.add(answer.get());
      }
      assertEquals(1, references.size(), references::toString);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before + 1, count("SELECT count(*) FROM complaint", null));
  }

  @Test
  void idempotencyKeysAreScopedToTheApiKey() {
    String key = UUID.randomUUID().toString();
    String body = complaint(ROADS, ROAD_TEXT);
    String a =
        created(
                post("v1/intake/complaints", operator)
                    .header("Idempotency-Key", key)
                    .post(Entity.json(body)))
            .getString("reference");
    String b =
        created(
                post("v1/intake/complaints", roadsKey)
                    .header("Idempotency-Key", key)
                    .post(Entity.json(body)))
            .getString("reference");
    assertFalse(a.equals(b));
  }

  @Test
  void invalidFieldsAreNamed() {
    assertProblem(
        submit(operator, "{\"channel\":\"WHATSAPP\",\"category\":\"jalan-rusak\"}"), 400, "text");
    assertProblem(
        submit(operator, complaint(ROADS, ROAD_TEXT).replace("jalan-rusak", "nope")),
        400,
        "category");
    assertProblem(
        submit(operator, complaint(ROADS, ROAD_TEXT).replace("WHATSAPP", "PIGEON")),
        400,
        "channel");
    assertProblem(submit(operator, complaint("NOPE-1", ROAD_TEXT)), 400, "agency");
    assertProblem(
        submit(operator, complaint(ROADS, ROAD_TEXT).replace("2026-11-02T08", "yesterday")),
        400,
        "receivedAt");
    assertProblem(
        submit(operator, complaint(ROADS, ROAD_TEXT).replace("\"region\"", "\"colour\"")),
        400,
        "colour");
    assertProblem(submit(operator, "[1,2"), 400, "body");
  }

  @Test
  void eventsOutOfOrderAreUnprocessable() throws SQLException {
    String reference = newComplaint(operator, ROADS);
    assertProblem(event(operator, reference, "{\"type\":\"CLOSED\"}"), 422, "type");
    assertProblem(
        event(
            roadsKey,
            reference,
            "{\"type\":\"RESPONDED\",\"occurredAt\":\"2026-11-01T08:00:00+07:00\"}"),
        422,
        "occurredAt");
    assertProblem(event(operator, reference, "{\"type\":\"RESPONDED\"}"), 400, "agency");
    assertProblem(event(operator, reference, "{\"type\":\"RECEIVED\"}"), 400, "type");
    assertProblem(event(operator, "ADU-2026-9999999", "{\"type\":\"VERIFIED\"}"), 404, null);
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id"
                + " WHERE c.reference = ?",
            reference));
  }

  @Test
  void everyWriteIsAuditedWithTheKeyPrefix() throws SQLException {
    String reference = newComplaint(roadsKey, null);
    created(event(roadsKey, reference, "{\"type\":\"RESPONDED\"}"));
    try (Connection c = db.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT key_prefix, key_kind, action, event_type FROM intake_audit"
                    + " WHERE reference = ? ORDER BY id")) {
      ps.setString(1, reference);
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              rs.getString(1)
                  + " "
                  + rs.getString(2)
                  + " "
                  + rs.getString(3)
                  + " "
                  + rs.getString(4));
        }
      }
      assertEquals(
          List.of(
              roadsPrefix + " AGENCY COMPLAINT_SUBMITTED ROUTED",
              roadsPrefix + " AGENCY EVENT_ADDED RESPONDED"),
          rows);
    }
  }

  @Test
  void personalDataInAnIntakeNeverReachesAPublicResponse() throws SQLException {
    String name = "Siti Aminah";
    String nik = "3374015208900003";
    String phone = "081234567890";
    String email = "siti.aminah@example.com";
    String text =
        "Saya "
            + name
            + ", NIK "
            + nik
            + ", HP "
            + phone
            + ", email "
            + email
            + ". Jalan di depan rumah saya di Jalan Pemuda berlubang besar.";
    String body =
        "{\"channel\":\"WEB\",\"category\":\"jalan-rusak\",\"region\":\"33.74\",\"text\":\""
            + text
            + "\",\"reporterName\":\""
            + name
            + "\",\"reporterContact\":\""
            + phone
            + "\",\"agency\":\""
            + ROADS
            + "\"}";
    Response response = submit(operator, body);
    String intakeAnswer = text(response);
    JsonObject result = created(response);
    String reference = result.getString("reference");
    created(
        event(
            roadsKey,
            reference,
            "{\"type\":\"RESPONDED\",\"note\":\"Sudah kami hubungi di "
                + phone
                + " atau "
                + email
                + "\"}"));
    List<String> answers = new ArrayList<>();
    answers.add(intakeAnswer);
    answers.add(text(target("v1/complaints/" + reference).request().get()));
    answers.add(text(target("v1/complaints").queryParam("limit", 100).request().get()));
    answers.add(text(target("v1/complaints").queryParam("q", "Pemuda").request().get()));
    // published, redacted: the test reads the real public text, not a 404
    JsonObject view = json(target("v1/complaints/" + reference).request().get());
    assertTrue(view.getString("text").contains("NIK [NIK]"), view.getString("text"));
    assertTrue(
        view.getJsonArray("timeline").getJsonObject(2).getString("note").contains("[TELEPON]"));
    for (String answer : answers) {
      for (String pii : List.of(name, nik, phone, email, "Aminah")) {
        assertFalse(answer.contains(pii), () -> pii + " in " + answer);
      }
    }
    // the original is kept, in the restricted table only
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM complaint_original o JOIN complaint c ON c.id = o.complaint_id"
                + " WHERE c.reference = ? AND o.original_text LIKE '%"
                + nik
                + "%'",
            reference));
  }

  @Test
  void aComplaintAlreadySentFromTheSameSourceIsAnsweredWith200AndItsReference()
      throws SQLException {
    String sourceId = "LPR-" + UUID.randomUUID();
    String body =
        complaint(ROADS, ROAD_TEXT)
            .replace("}", ",\"sourceSystem\":\"lapor-sp4n\",\"sourceId\":\"" + sourceId + "\"}");
    Response first = submit(operator, body);
    JsonObject created = created(first);
    assertFalse(created.getBoolean("existing"));
    Response again = submit(roadsKey, body.replace("berlubang", "rusak"));
    String answer = text(again);
    assertEquals(200, again.getStatus(), answer);
    JsonObject existing = json(again);
    assertTrue(existing.getBoolean("existing"));
    assertEquals(created.getString("reference"), existing.getString("reference"));
    assertEquals(first.getLocation(), again.getLocation());
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM complaint WHERE source_system = 'lapor-sp4n' AND source_id = ?",
            sourceId));
  }

  @Test
  void aSourceIdWithoutItsSystemIsRefused() {
    assertProblem(
        submit(operator, complaint(ROADS, ROAD_TEXT).replace("}", ",\"sourceId\":\"LPR-1\"}")),
        400,
        "sourceSystem");
  }
}
