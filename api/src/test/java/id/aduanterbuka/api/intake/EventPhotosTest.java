package id.aduanterbuka.api.intake;

import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.api.evidence.EvidenceProblems;
import id.aduanterbuka.api.http.JsonWriter;
import id.aduanterbuka.api.http.RateLimitFilter;
import id.aduanterbuka.api.http.RateLimiter;
import id.aduanterbuka.api.problem.ProblemMappers;
import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.evidence.PhotoLimits;
import id.aduanterbuka.evidence.PhotoProcessor;
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.intake.JdbcIntakeStore;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * Photos sent with an event as multipart/form-data: one transaction with the event, refusals that
 * leave nothing behind, the request cap, the audit log, and who may send them.
 */
class EventPhotosTest extends JerseyTest {
  private static final String ROADS = "DPUBMCK-33";
  private static final String TRANSPORT = "DISHUB-33";
  private static final long MAX_PHOTO_BYTES = 200_000;
  private static PostgresTestDatabase db;
  private static String operator;
  private static String roadsKey;
  private static String roadsPrefix;
  private static String transportKey;
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
    }
    Intake intake =
        new Intake(
            new JdbcIntakeStore(db.dataSource()),
            Clock.systemUTC(),
            Duration.ofHours(48),
            new PhotoProcessor(new PhotoLimits(MAX_PHOTO_BYTES, 40_000_000, 1600, 400)));
    return new ResourceConfig(IntakeResource.class)
        .register(PhotoRequestLimitFilter.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.NotPermitted.class)
        .register(ProblemMappers.RuleViolation.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(EvidenceProblems.Refused.class)
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
              }
            });
  }

  private static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static EntityPart event(String json) {
    try {
      return EntityPart.withName("event")
          .mediaType(MediaType.APPLICATION_JSON_TYPE)
          .content(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EntityPart photo(String name, byte[] bytes, String type) {
    try {
      return EntityPart.withName(name)
          .fileName(name + ".img")
          .mediaType(type)
          .content(new ByteArrayInputStream(bytes))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(String key, String reference, String idempotencyKey, EntityPart... parts) {
    return sendTo(
        target("v1/intake/complaints/" + reference + "/events"), key, idempotencyKey, parts);
  }

  private static Response sendTo(
      WebTarget target, String key, String idempotencyKey, EntityPart... parts) {
    Invocation.Builder request = target.request(MediaType.APPLICATION_JSON);
    if (key != null) {
      request.header("X-API-Key", key);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.post(
        Entity.entity(
            new GenericEntity<List<EntityPart>>(List.of(parts)) {},
            MediaType.MULTIPART_FORM_DATA_TYPE));
  }

  private String newComplaint(String agency) {
    Response response =
        target("v1/intake/complaints")
            .request(MediaType.APPLICATION_JSON)
            .header("X-API-Key", operator)
            .post(
                Entity.json(
                    "{\"channel\":\"WEB\",\"category\":\"jalan-rusak\",\"region\":\"33.74\","
                        + "\"receivedAt\":\"2026-11-02T08:00:00+07:00\","
                        + "\"text\":\"Jalan berlubang di depan pasar.\",\"agency\":\""
                        + agency
                        + "\"}"));
    assertEquals(201, response.getStatus());
    return json(response).getString("reference");
  }

  private static long count(String sql, String reference) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, reference);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long events(String reference) throws SQLException {
    return count(
        "SELECT count(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id"
            + " WHERE c.reference = ?",
        reference);
  }

  private static long photos(String reference) throws SQLException {
    return count(
        "SELECT count(*) FROM photo p JOIN complaint c ON c.id = p.complaint_id"
            + " WHERE c.reference = ?",
        reference);
  }

  @Test
  void anEventAndItsPhotosAreStoredTogetherWaitingForReview() throws SQLException {
    String reference = newComplaint(ROADS);
    byte[] before = image("png", 300, 200);
    byte[] after = image("jpeg", 320, 240);
    Response response =
        send(
            roadsKey,
            reference,
            null,
            event("{\"type\":\"RESOLVED\",\"note\":\"Lubang sudah ditambal.\"}"),
            photo("before", before, "image/png"),
            photo("after", after, "image/jpeg"));
    assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
    JsonObject result = json(response);
    assertEquals("RESOLVED", result.getString("status"));
    assertEquals(3, result.getInt("eventSequence"));
    JsonArray stored = result.getJsonArray("photos");
    assertEquals(2, stored.size());
    assertEquals("before", stored.getJsonObject(0).getString("role"));
    assertEquals("after", stored.getJsonObject(1).getString("role"));
    assertEquals("PENDING", stored.getJsonObject(1).getString("status"));
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM photo p JOIN complaint c ON c.id = p.complaint_id"
                + " WHERE c.reference = ? AND p.status = 'PENDING'",
            reference));

    List<String> audit = new ArrayList<>();
    try (Connection c = db.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT key_prefix, action, event_type, photo_id, photo_role, upload_bytes,"
                    + " upload_type FROM intake_audit WHERE reference = ? ORDER BY id")) {
      ps.setString(1, reference);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          audit.add(
              String.join(
                  " ",
                  rs.getString(1),
                  rs.getString(2),
                  String.valueOf(rs.getString(3)),
                  rs.getObject(4) == null ? "-" : "photo",
                  String.valueOf(rs.getString(5)),
                  String.valueOf(rs.getObject(6)),
                  String.valueOf(rs.getString(7))));
        }
      }
    }
    assertEquals(
        List.of(
            roadsPrefix + " EVENT_ADDED RESOLVED - null null null",
            roadsPrefix + " PHOTO_SUBMITTED null photo BEFORE " + before.length + " image/png",
            roadsPrefix + " PHOTO_SUBMITTED null photo AFTER " + after.length + " image/jpeg"),
        audit.subList(1, audit.size()));
  }

  @Test
  void aRefusedPhotoLeavesNothingOfTheEvent() throws SQLException {
    String reference = newComplaint(ROADS);
    long events = events(reference);
    assertProblem(
        send(
            roadsKey,
            reference,
            null,
            event("{\"type\":\"RESPONDED\"}"),
            photo("before", image("png", 100, 100), "image/png"),
            photo("after", "not an image".getBytes(StandardCharsets.UTF_8), "image/jpeg")),
        415,
        null);
    byte[] tooBig = new byte[(int) MAX_PHOTO_BYTES + 1];
    tooBig[0] = (byte) 0xFF;
    tooBig[1] = (byte) 0xD8;
    tooBig[2] = (byte) 0xFF;
    assertProblem(
        send(
            roadsKey,
            reference,
            null,
            event("{\"type\":\"RESPONDED\"}"),
            photo("after", tooBig, "image/jpeg")),
        413,
        null);
    assertEquals(events, events(reference));
    assertEquals(0, photos(reference));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM intake_audit WHERE reference = ? AND action <> "
                + "'COMPLAINT_SUBMITTED'",
            reference));
  }

  @Test
  void aRequestOverTheCapIsRefusedBeforeItIsRead() throws SQLException {
    String reference = newComplaint(ROADS);
    long cap = PhotoRequestLimitFilter.cap(MAX_PHOTO_BYTES);
    JsonObject problem =
        assertProblem(
            send(
                roadsKey,
                reference,
                null,
                event("{\"type\":\"RESPONDED\"}"),
                photo("after", new byte[(int) cap], "image/jpeg")),
            413,
            null);
    assertTrue(problem.getString("detail").contains("request is larger"), problem::toString);
    assertEquals(2, events(reference));
  }

  @Test
  void aChunkedRequestIsCutOffAtTheCap() throws SQLException {
    String reference = newComplaint(ROADS);
    long cap = PhotoRequestLimitFilter.cap(MAX_PHOTO_BYTES);
    WebTarget chunked =
        target("v1/intake/complaints/" + reference + "/events")
            .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED);
    JsonObject problem =
        assertProblem(
            sendTo(
                chunked,
                roadsKey,
                null,
                event("{\"type\":\"RESPONDED\"}"),
                photo("after", new byte[(int) cap], "image/jpeg")),
            413,
            null);
    assertTrue(problem.getString("detail").contains("request is larger"), problem::toString);
    assertEquals(2, events(reference));
  }

  @Test
  void aRetryGetsTheSamePhotosBackAndStoresNothingNew() throws SQLException {
    String reference = newComplaint(ROADS);
    String key = UUID.randomUUID().toString();
    byte[] after = image("jpeg", 200, 150);
    JsonObject first =
        json(
            send(
                roadsKey,
                reference,
                key,
                event("{\"type\":\"RESOLVED\"}"),
                photo("after", after, "image/jpeg")));
    Response retry =
        send(
            roadsKey,
            reference,
            key,
            event("{\"type\":\"RESOLVED\"}"),
            photo("after", after, "image/jpeg"));
    assertEquals(201, retry.getStatus());
    assertEquals("true", retry.getHeaderString("Idempotent-Replayed"));
    JsonObject again = json(retry);
    assertEquals(
        first.getJsonArray("photos").getJsonObject(0).getJsonNumber("id"),
        again.getJsonArray("photos").getJsonObject(0).getJsonNumber("id"));
    assertEquals(3, events(reference));
    assertEquals(1, photos(reference));
  }

  @Test
  void onlyAnAgencyTheComplaintIsWithNowMayAddEventsAndPhotos() throws SQLException {
    String reference = newComplaint(ROADS);
    // Moved from roads to transport: the roads routing has ended.
    try (Connection c = db.connection();
        PreparedStatement end =
            c.prepareStatement(
                "UPDATE complaint_routing SET ended_at = routed_at WHERE complaint_id ="
                    + " (SELECT id FROM complaint WHERE reference = ?)");
        PreparedStatement route =
            c.prepareStatement(
                "INSERT INTO complaint_routing (complaint_id, agency_id, routed_at)"
                    + " SELECT c.id, a.id, c.received_at FROM complaint c, agency a"
                    + " WHERE c.reference = ? AND a.code = '"
                    + TRANSPORT
                    + "'")) {
      end.setString(1, reference);
      end.executeUpdate();
      route.setString(1, reference);
      route.executeUpdate();
    }
    byte[] after = image("jpeg", 120, 90);
    assertProblem(
        send(
            roadsKey,
            reference,
            null,
            event("{\"type\":\"RESPONDED\"}"),
            photo("after", after, "image/jpeg")),
        403,
        null);
    assertProblem(
        target("v1/intake/complaints/" + reference + "/events")
            .request()
            .header("X-API-Key", roadsKey)
            .post(Entity.json("{\"type\":\"RESPONDED\"}")),
        403,
        null);
    assertEquals(0, photos(reference));
    Response transport =
        send(
            transportKey,
            reference,
            null,
            event("{\"type\":\"RESPONDED\"}"),
            photo("after", after, "image/jpeg"));
    assertEquals(201, transport.getStatus(), () -> transport.readEntity(String.class));
    assertEquals(1, photos(reference));
  }

  @Test
  void thePartsAreChecked() {
    String reference = newComplaint(ROADS);
    assertProblem(
        send(roadsKey, reference, null, photo("after", image("jpeg", 50, 50), "image/jpeg")),
        400,
        "event");
    assertProblem(
        send(
            roadsKey,
            reference,
            null,
            event("{\"type\":\"RESPONDED\"}"),
            photo("photo", image("jpeg", 50, 50), "image/jpeg")),
        400,
        "photo");
    EntityPart[] five = new EntityPart[6];
    five[0] = event("{\"type\":\"RESPONDED\"}");
    for (int i = 1; i < five.length; i++) {
      five[i] = photo("after", image("jpeg", 40 + i, 40), "image/jpeg");
    }
    assertProblem(send(roadsKey, reference, null, five), 400, "photo");
    assertProblem(send(null, reference, null, event("{\"type\":\"RESPONDED\"}")), 401, null);
    Response alone = send(roadsKey, reference, null, event("{\"type\":\"RESPONDED\"}"));
    assertEquals(201, alone.getStatus(), "an event without photos is an event");
    assertEquals(0, json(alone).getJsonArray("photos").size());
  }
}
