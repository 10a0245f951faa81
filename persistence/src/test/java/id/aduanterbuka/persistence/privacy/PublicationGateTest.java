package id.aduanterbuka.persistence.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.privacy.PublicationGate;
import id.aduanterbuka.privacy.Redactor;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gate over a real database: intake redaction, review decisions, and re-runs that keep them.
 */
class PublicationGateTest {
  private static final String FIXTURE =
      "Saya Rahmat Hidayat, NIK 3374014506750002, WA 0857-1234-5678, email rahmat.h@example.com."
          + " Jalan di depan Puskesmas Ngaliyan berlubang. Kemarin Wirokusumo Tjondrokusumo datang.";

  private PostgresTestDatabase db;
  private PublicationGate gate;

  @BeforeEach
  void setUp() throws SQLException {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 200, ProgressListener.NONE);
    }
    gate = new PublicationGate(new JdbcRedactionStore(db.dataSource()), new Redactor());
  }

  private String scalar(String sql, Object... params) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Gives the first demo complaint the fixture as its original text; returns its reference. */
  private String plantFixture() throws SQLException {
    String reference = scalar("SELECT reference FROM complaint ORDER BY id LIMIT 1");
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE complaint_original SET original_text = '"
              + FIXTURE
              + "' WHERE complaint_id = (SELECT min(id) FROM complaint)");
    }
    return reference;
  }

  @Test
  void demoIntakeRedactedEveryOriginalAndHeldRiskyOnesBack() throws SQLException {
    assertEquals("0", scalar("SELECT count(*) FROM complaint WHERE redaction_version IS NULL"));
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM complaint c JOIN complaint_original o ON o.complaint_id = c.id"
                + " WHERE o.reporter_name IS NOT NULL AND c.published_text LIKE '%' || o.reporter_name || '%'"));
  }

  @Test
  void aRiskyTextWaitsForReviewAfterARerun() throws SQLException {
    String reference = plantFixture();

    PublicationGate.RerunSummary summary = gate.rerun();

    assertEquals(200, summary.complaints());
    assertEquals(
        Publication.PENDING_REVIEW.name(),
        scalar("SELECT publication FROM complaint WHERE reference = ?", reference));
    String published =
        scalar("SELECT published_text FROM complaint WHERE reference = ?", reference);
    assertFalse(published.contains("Rahmat"), published);
    assertFalse(published.contains("3374014506750002"), published);
    assertFalse(published.contains("0857"), published);
    assertFalse(published.contains("rahmat.h@example.com"), published);
    assertTrue(published.contains("Puskesmas Ngaliyan"), published);
    assertTrue(
        gate.pending(PageRequest.first()).items().stream()
            .anyMatch(p -> p.reference().equals(reference)));
  }

  @Test
  void decisionsSurviveARerun() throws SQLException {
    String reference = plantFixture();
    gate.rerun();

    gate.withhold(reference, "operator", "names a private person");
    gate.rerun();
    assertEquals(
        "WITHHELD", scalar("SELECT publication FROM complaint WHERE reference = ?", reference));

    gate.edit(
        reference,
        "Jalan di depan Puskesmas Ngaliyan berlubang. Hubungi 0857-1234-5678.",
        "operator",
        null);
    gate.rerun();
    assertEquals(
        "PUBLISHED", scalar("SELECT publication FROM complaint WHERE reference = ?", reference));
    assertEquals(
        "Jalan di depan Puskesmas Ngaliyan berlubang. Hubungi [TELEPON].",
        scalar("SELECT published_text FROM complaint WHERE reference = ?", reference),
        "an operator's edit is redacted too");

    gate.approve(reference, "operator", "checked");
    gate.rerun();
    assertEquals(
        "PUBLISHED", scalar("SELECT publication FROM complaint WHERE reference = ?", reference));
    assertFalse(
        scalar("SELECT published_text FROM complaint WHERE reference = ?", reference)
            .contains("Rahmat"));
    assertEquals("3", scalar("SELECT count(*) FROM review_decision"));
  }

  @Test
  void unknownReferencesAreNotFound() {
    assertThrows(NotFoundException.class, () -> gate.approve("ADU-2019-9999999", "operator", null));
  }
}
