package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoLimits;
import id.aduanterbuka.evidence.PhotoProcessor;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoSize;
import id.aduanterbuka.evidence.PhotoStatus;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.shared.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/aduan review photos} over a real database: the operator's decision publishes. */
class PhotoReviewCommandTest {
  private EvidencePhotos photos;
  private JdbcPhotoStore store;
  private String reference;
  private ApiKey operator;

  @BeforeEach
  void setUp() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 5, ProgressListener.NONE);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT reference FROM complaint WHERE publication = 'PUBLISHED'"
                  + " AND status NOT IN ('RECEIVED', 'REJECTED') ORDER BY id LIMIT 1")) {
        rs.next();
        reference = rs.getString(1);
      }
    }
    store = new JdbcPhotoStore(db.dataSource());
    photos = new EvidencePhotos(store, new PhotoProcessor(PhotoLimits.DEFAULT), Clock.systemUTC());
    operator =
        new ApiKeys(new JdbcApiKeyStore(db.dataSource()))
            .issue(KeyKind.OPERATOR, null, "Operator")
            .key();
  }

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PhotoReviewCommand(photos, new PrintStream(out, true, StandardCharsets.UTF_8))
        .run(List.of(args));
    return out.toString(StandardCharsets.UTF_8);
  }

  private long submit(PhotoRole role) throws Exception {
    BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", jpeg);
    return photos.submit(reference, role, operator, jpeg.toByteArray()).id();
  }

  @Test
  void listShowApproveAndRejectDecideWhatIsPublished(@TempDir Path dir) throws Exception {
    long before = submit(PhotoRole.BEFORE);
    long after = submit(PhotoRole.AFTER);

    String list = run("list");
    assertTrue(list.startsWith("2 photos wait for review"), list);
    assertTrue(list.contains(reference), list);
    assertTrue(list.contains(Long.toString(before)) && list.contains("AFTER"), list);

    Path file = dir.resolve("photo.jpg");
    String shown = run("show", Long.toString(after), "--out", file.toString());
    assertTrue(shown.contains("PENDING") && shown.contains(reference), shown);
    assertArrayEquals(
        store.image(after, PhotoSize.WEB).orElseThrow().bytes(), Files.readAllBytes(file));

    assertTrue(run("approve", Long.toString(after), "--by", "rina").contains("Approved"));
    assertTrue(run("reject", Long.toString(before), "--by", "rina").contains("Rejected"));

    assertEquals(PhotoStatus.APPROVED, photos.show(after).status());
    assertEquals("rina", photos.show(after).reviewedBy());
    assertEquals(PhotoStatus.REJECTED, photos.show(before).status());
    assertEquals(List.of(after), photos.published(reference).stream().map(p -> p.id()).toList());
    assertTrue(run("list").startsWith("0 photos wait for review"));
    assertThrows(NotFoundException.class, () -> photos.publishedImage(before, PhotoSize.WEB));
  }

  @Test
  void unknownIdsAndMissingArgumentsAreRefused() {
    assertThrows(NotFoundException.class, () -> run("approve", "424242"));
    assertThrows(IllegalArgumentException.class, () -> run("approve"));
    assertThrows(IllegalArgumentException.class, () -> run("approve", "abc"));
    assertThrows(IllegalArgumentException.class, () -> run("show", "1"));
    assertThrows(IllegalArgumentException.class, () -> run("publish", "1"));
  }
}
