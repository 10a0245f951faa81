package id.aduanterbuka.api.evidence;

import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoLimits;
import id.aduanterbuka.evidence.PhotoProcessor;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.publicdata.SqlPublicComplaintQueries;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.publicdata.PublicComplaints;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * Before/after photos through the intake endpoint and the public ones, over real PostgreSQL and
 * real API keys: who may submit, what is refused, what is kept of an upload, and that nothing but
 * an approved photo of a published complaint is ever served.
 */
class EvidencePhotosResourceTest extends JerseyTest {
  private static final long MAX_BYTES = 300_000;
  private PostgresTestDatabase db;
  private EvidencePhotos photos;
  private String reference;
  private String agencyToken;
  private String otherAgencyToken;
  private String operatorToken;
  private String readerToken;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    db = PostgresTestDatabase.create();
    String routedAgency;
    String otherAgency;
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 40, ProgressListener.NONE);
      reference =
          first(
              c,
              "SELECT c.reference FROM complaint c WHERE c.publication = 'PUBLISHED'"
                  + " AND c.status NOT IN ('RECEIVED', 'REJECTED')"
                  + " AND EXISTS (SELECT 1 FROM complaint_routing r WHERE r.complaint_id = c.id"
                  + " AND r.ended_at IS NULL)"
                  + " ORDER BY c.id LIMIT 1");
      routedAgency =
          first(
              c,
              "SELECT a.code FROM complaint_routing r JOIN agency a ON a.id = r.agency_id"
                  + " JOIN complaint c ON c.id = r.complaint_id WHERE c.reference = '"
                  + reference
                  + "' AND r.ended_at IS NULL LIMIT 1");
      otherAgency =
          first(
              c,
              "SELECT code FROM agency WHERE id NOT IN (SELECT r.agency_id FROM complaint_routing"
                  + " r JOIN complaint c ON c.id = r.complaint_id WHERE c.reference = '"
                  + reference
                  + "') ORDER BY code LIMIT 1");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    ApiKeys keys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
    agencyToken = keys.issue(KeyKind.AGENCY, new AgencyCode(routedAgency), "Tim dinas").token();
    otherAgencyToken = keys.issue(KeyKind.AGENCY, new AgencyCode(otherAgency), "Lain").token();
    operatorToken = keys.issue(KeyKind.OPERATOR, null, "Operator").token();
    readerToken = keys.issue(KeyKind.READER, null, "Pembaca").token();
    photos =
        new EvidencePhotos(
            new JdbcPhotoStore(db.dataSource()),
            new PhotoProcessor(new PhotoLimits(MAX_BYTES, 40_000_000, 1600, 400)),
            Clock.systemUTC());
    return new ResourceConfig(
            IntakePhotosResource.class,
            PhotosResource.class,
            ComplaintPhotosResource.class,
            // Beside the complaints resource, as deployed: v1/complaints/{ref}/photos still routes.
            ComplaintsResource.class)
        .register(JsonWriter.class)
        .register(ProblemMappers.InvalidValue.class)
        .register(ProblemMappers.NotFound.class)
        .register(ProblemMappers.WebApplication.class)
        .register(ProblemMappers.Unexpected.class)
        .register(EvidenceProblems.Refused.class)
        .register(ProblemMappers.NotPermitted.class)
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
                bind(photos).to(EvidencePhotos.class);
                bind(new PublicComplaints(new SqlPublicComplaintQueries(db.dataSource())))
                    .to(PublicComplaints.class);
              }
            });
  }

  private static String first(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), "no row for " + sql);
      return rs.getString(1);
    }
  }

  private Invocation.Builder upload(String ref, String role, String token) {
    Invocation.Builder b =
        target("v1/intake/complaints/" + ref + "/photos").queryParam("role", role).request();
    return token == null ? b : b.header("X-API-Key", token);
  }

  private Response submit(String token, byte[] image, String type) {
    return upload(reference, "after", token).post(Entity.entity(image, type));
  }

  /** Submits as the routed agency and returns the new photo's id. */
  private long submitted(byte[] image, String role) {
    Response r = upload(reference, role, agencyToken).post(Entity.entity(image, "image/jpeg"));
    assertEquals(201, r.getStatus(), () -> r.readEntity(String.class));
    JsonObject receipt = ApiTesting.json(r);
    assertEquals("PENDING", receipt.getString("status"));
    assertEquals(role, receipt.getString("role"));
    return receipt.getJsonNumber("id").longValue();
  }

  private Response image(long id, String size) {
    return (size == null
            ? target("v1/photos/" + id + ".jpg")
            : target("v1/photos/" + id + ".jpg").queryParam("size", size))
        .request()
        .get();
  }

  @Test
  void everyMetadataBlockIsStrippedFromWhatIsStoredAndServed() throws Exception {
    byte[] upload = TestPhotos.jpegWithMetadata(640, 480);
    assertTrue(TestPhotos.hasMarker(upload, 0xE1) && TestPhotos.contains(upload, "Exif"));
    assertTrue(TestPhotos.contains(upload, TestPhotos.GPS_SECRET));
    assertNotNull(ImageIO.read(new ByteArrayInputStream(upload)), "the upload decodes");

    long id = submitted(upload, "after");
    photos.approve(id, "operator");

    for (String size : new String[] {null, "thumb"}) {
      Response r = image(id, size);
      assertEquals(200, r.getStatus());
      assertEquals("image/jpeg", r.getMediaType().toString());
      byte[] served = r.readEntity(byte[].class);
      assertClean(served);
    }
    try (Connection c = db.connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT web_bytes, thumb_bytes FROM photo WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertClean(rs.getBytes(1));
        assertClean(rs.getBytes(2));
      }
    }
  }

  private static void assertClean(byte[] jpeg) throws IOException {
    assertFalse(TestPhotos.hasMarker(jpeg, 0xE1), "no APP1 (Exif, XMP)");
    assertFalse(TestPhotos.hasMarker(jpeg, 0xE2), "no APP2 (ICC)");
    assertFalse(TestPhotos.hasMarker(jpeg, 0xFE), "no comment");
    assertFalse(TestPhotos.contains(jpeg, "Exif"));
    assertFalse(TestPhotos.contains(jpeg, TestPhotos.GPS_SECRET));
    assertFalse(TestPhotos.contains(jpeg, TestPhotos.OWNER_SECRET));
    assertFalse(TestPhotos.contains(jpeg, "xmpmeta"));
    assertNotNull(ImageIO.read(new ByteArrayInputStream(jpeg)), "still decodes");
  }

  @Test
  void aPendingPhotoIsUnreachableUntilApprovedThenCachedByItsHash() throws Exception {
    long id = submitted(TestPhotos.encode("jpeg", 200, 100), "before");
    Response unknown = image(999_999, null);
    assertProblem(unknown, 404, null);
    assertProblem(image(id, null), 404, null);
    assertProblem(image(id, "thumb"), 404, null);
    assertEquals(
        0,
        ok(target("v1/complaints/" + reference + "/photos").request().get())
            .getJsonArray("items")
            .size());

    photos.approve(id, "operator");
    Response r = image(id, null);
    assertEquals(200, r.getStatus());
    assertEquals("public, max-age=86400", r.getHeaderString("Cache-Control"));
    String sha = photos.show(id).sha256();
    assertEquals("\"" + sha + "\"", r.getHeaderString("ETag"));
    Response again =
        target("v1/photos/" + id + ".jpg")
            .request()
            .header("If-None-Match", "\"" + sha + "\"")
            .get();
    assertEquals(304, again.getStatus());
  }

  @Test
  void aRejectedPhotoAnswersLikeAnUnknownOne() throws Exception {
    long id = submitted(TestPhotos.encode("jpeg", 200, 100), "after");
    photos.reject(id, "operator");
    JsonObject rejected = assertProblem(image(id, null), 404, null);
    JsonObject unknown = assertProblem(image(id + 1000, null), 404, null);
    assertEquals(unknown.getString("title"), rejected.getString("title"));
  }

  @Test
  void theListShowsApprovedPhotosOnlyWithTheirUrls() throws Exception {
    long before = submitted(TestPhotos.encode("jpeg", 300, 200), "before");
    long after = submitted(TestPhotos.encode("png", 300, 200), "after");
    long rejected = submitted(TestPhotos.encode("jpeg", 301, 200), "after");
    submitted(TestPhotos.encode("jpeg", 302, 200), "after"); // still pending
    photos.approve(before, "op");
    photos.approve(after, "op");
    photos.reject(rejected, "op");

    JsonArray items =
        ok(target("v1/complaints/" + reference + "/photos").request().get()).getJsonArray("items");
    assertEquals(2, items.size());
    assertEquals(
        reference,
        ok(target("v1/complaints/" + reference).request().get())
            .getJsonObject("complaint")
            .getString("reference"));
    JsonObject first = items.getJsonObject(0);
    assertEquals(before, first.getJsonNumber("id").longValue());
    assertEquals("before", first.getString("role"));
    assertEquals(300, first.getInt("width"));
    assertTrue(first.getString("url").endsWith("/v1/photos/" + before + ".jpg"));
    assertTrue(
        first.getString("thumbnailUrl").endsWith("/v1/photos/" + before + ".jpg?size=thumb"));
    assertEquals("after", items.getJsonObject(1).getString("role"));
  }

  @Test
  void photosOfAnUnpublishedComplaintAreNotServed() throws Exception {
    long id = submitted(TestPhotos.encode("jpeg", 200, 100), "after");
    photos.approve(id, "op");
    assertEquals(200, image(id, null).getStatus());
    try (Connection c = db.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE complaint SET publication = 'WITHHELD' WHERE reference = ?")) {
      ps.setString(1, reference);
      ps.executeUpdate();
    }
    assertProblem(image(id, null), 404, null);
    assertProblem(target("v1/complaints/" + reference + "/photos").request().get(), 404, null);
  }

  @Test
  void theTypeIsReadFromTheContent() throws Exception {
    // A PNG sent as image/jpeg (a .jpg name) is a PNG by its bytes: accepted, stored as JPEG.
    long id = submitted(TestPhotos.encode("png", 120, 80), "after");
    photos.approve(id, "op");
    byte[] served = image(id, null).readEntity(byte[].class);
    assertEquals(0xD8, served[1] & 0xff);

    Response text =
        submit(agencyToken, "hello, not an image".getBytes(StandardCharsets.UTF_8), "image/jpeg");
    JsonObject problem = assertProblem(text, 415, null);
    assertTrue(problem.getString("detail").contains("not a JPEG, PNG or WebP"));

    byte[] gif = "GIF89a\1\0\1\0\0\0\0;".getBytes(StandardCharsets.ISO_8859_1);
    assertProblem(submit(agencyToken, gif, "image/png"), 415, null);
    assertProblem(submit(agencyToken, gif, "text/plain"), 415, null);
  }

  @Test
  void anOversizeUploadIsRefusedWith413() {
    byte[] big = new byte[(int) MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;
    JsonObject problem = assertProblem(submit(agencyToken, big, "image/jpeg"), 413, null);
    assertTrue(problem.getString("detail").contains("MB"));
  }

  @Test
  void onlyTheRoutedAgencyOrAnOperatorMaySubmit() throws Exception {
    byte[] jpeg = TestPhotos.encode("jpeg", 100, 100);
    Response none = submit(null, jpeg, "image/jpeg");
    assertProblem(none, 401, null);
    assertNotNull(none.getHeaderString("WWW-Authenticate"));
    assertProblem(submit("at_aaaaaaaa_" + "A".repeat(43), jpeg, "image/jpeg"), 401, null);
    assertProblem(submit(readerToken, jpeg, "image/jpeg"), 403, null);
    assertProblem(submit(otherAgencyToken, jpeg, "image/jpeg"), 403, null);
    assertEquals(201, submit(operatorToken, jpeg, "image/jpeg").getStatus());
    assertEquals(
        201, submit(agencyToken, TestPhotos.encode("jpeg", 101, 100), "image/jpeg").getStatus());
    assertProblem(
        upload("NO-SUCH-REF", "after", agencyToken).post(Entity.entity(jpeg, "image/jpeg")),
        404,
        null);
    assertProblem(
        upload(reference, "during", agencyToken).post(Entity.entity(jpeg, "image/jpeg")),
        400,
        "role");
    assertEquals(2, photos.pending().size(), "refused uploads store nothing");
  }

  @Test
  void aRetriedUploadIsThePhotoAlreadyStored() throws Exception {
    byte[] jpeg = TestPhotos.encode("jpeg", 160, 120);
    long id = submitted(jpeg, "after");
    Response retry = submit(agencyToken, jpeg, "image/jpeg");
    assertEquals(200, retry.getStatus());
    assertEquals(id, ApiTesting.json(retry).getJsonNumber("id").longValue());
    photos.approve(id, "op");
    JsonObject afterApproval = ApiTesting.json(submit(agencyToken, jpeg, "image/jpeg"));
    assertEquals("APPROVED", afterApproval.getString("status"));
    assertEquals(
        201,
        upload(reference, "before", agencyToken)
            .post(Entity.entity(jpeg, "image/jpeg"))
            .getStatus(),
        "another role is another photo");
    assertEquals(1, photos.pending().size());
  }

  @Test
  void anAgencyWhoseRoutingHasEndedMayNoLongerSubmit() throws Exception {
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE complaint_routing SET ended_at = routed_at WHERE complaint_id ="
              + " (SELECT id FROM complaint WHERE reference = '"
              + reference
              + "')");
    }
    assertProblem(
        submit(agencyToken, TestPhotos.encode("jpeg", 100, 100), "image/jpeg"), 403, null);
    assertEquals(
        201, submit(operatorToken, TestPhotos.encode("jpeg", 100, 100), "image/jpeg").getStatus());
  }

  @Test
  void anUploadIsAuditedWithoutItsBytes() throws Exception {
    byte[] png = TestPhotos.encode("png", 120, 80);
    Response r = upload(reference, "before", agencyToken).post(Entity.entity(png, "image/png"));
    assertEquals(201, r.getStatus());
    long id = ApiTesting.json(r).getJsonNumber("id").longValue();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT key_kind, action, reference, photo_id, photo_role, upload_bytes,"
                    + " upload_type FROM intake_audit ORDER BY id")) {
      assertTrue(rs.next(), "an audit line");
      assertEquals("AGENCY", rs.getString(1));
      assertEquals("PHOTO_SUBMITTED", rs.getString(2));
      assertEquals(reference, rs.getString(3));
      assertEquals(id, rs.getLong(4));
      assertEquals("BEFORE", rs.getString(5));
      assertEquals(png.length, rs.getInt(6));
      assertEquals("image/png", rs.getString(7));
      assertFalse(rs.next(), "one line per photo");
    }
  }
}
