package id.aduanterbuka.api.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Application;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.imageio.ImageIO;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Open311's {@code media_url}: the first approved after photo, and nothing unapproved. */
class Open311MediaUrlTest extends JerseyTest {
  private PostgresTestDatabase db;
  private EntityManager em;
  private List<String> references;

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 30, ProgressListener.NONE);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT reference" + Open311Testing.PUBLISHED + " ORDER BY c.id LIMIT 2")) {
        references = new java.util.ArrayList<>();
        while (rs.next()) {
          references.add(rs.getString(1));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    em = db.entityManagerFactory().createEntityManager();
    return Open311Testing.application(db, em);
  }

  @AfterEach
  void close() {
    em.close();
  }

  private JsonObject request(String reference) {
    String body = target("open311/v2/requests/" + reference + ".json").request().get(String.class);
    return Json.createReader(new StringReader(body)).readArray().getJsonObject(0);
  }

  /** A distinct JPEG per size: the same image twice would be one photo (a retry). */
  private static byte[] jpeg(int width, int height) throws java.io.IOException {
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
    return jpeg.toByteArray();
  }

  @Test
  void mediaUrlIsTheFirstApprovedAfterPhoto() throws Exception {
    EvidencePhotos photos = new EvidencePhotos(new JdbcPhotoStore(db.dataSource()));
    var operator =
        new ApiKeys(new JdbcApiKeyStore(db.dataSource())).issue(KeyKind.OPERATOR, null, "Op").key();
    String ref = references.get(0);
    long before = photos.submit(ref, PhotoRole.BEFORE, operator, jpeg(40, 30)).id();
    long pendingAfter = photos.submit(ref, PhotoRole.AFTER, operator, jpeg(41, 30)).id();
    long after = photos.submit(ref, PhotoRole.AFTER, operator, jpeg(42, 30)).id();
    photos.approve(before, "op");
    assertTrue(request(ref).isNull("media_url"), "a before photo is not the resolution");

    photos.approve(after, "op");
    assertTrue(
        request(ref).getString("media_url").endsWith("/v1/photos/" + after + ".jpg"),
        () -> request(ref).toString());
    assertTrue(pendingAfter < after, "the earlier after photo is still pending, so not used");
    assertTrue(request(references.get(1)).isNull("media_url"));

    String xml = target("open311/v2/requests/" + ref + ".xml").request().get(String.class);
    assertTrue(xml.contains("/v1/photos/" + after + ".jpg</media_url>"), xml);
    assertEquals(1, xml.split("<media_url>", -1).length - 1);
  }
}
