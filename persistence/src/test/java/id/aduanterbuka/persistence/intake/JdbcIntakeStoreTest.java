package id.aduanterbuka.persistence.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.evidence.PhotoLimits;
import id.aduanterbuka.evidence.PhotoProcessor;
import id.aduanterbuka.intake.ComplaintSubmission;
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.intake.IntakeReceipt;
import id.aduanterbuka.intake.RuleViolationException;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intake store over PostgreSQL, through the {@link Intake} service: idempotency records that
 * expire (on a clock the test moves, no sleeping) and complaints found again by their source.
 */
class JdbcIntakeStoreTest {
  private static final Duration RETENTION = Duration.ofHours(48);
  private static PostgresTestDatabase db;
  private static ApiKey operator;
  private static ApiKey roads;

  /** A clock the test sets. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-10-01T01:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @BeforeAll
  static void database() throws SQLException {
    db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).load(c, 0, ProgressListener.NONE);
    }
    ApiKeys keys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
    operator = keys.issue(KeyKind.OPERATOR, null, "Admin").key();
    roads = keys.issue(KeyKind.AGENCY, AgencyCode.of("DPUBMCK-33"), "DPU").key();
  }

  private static Intake intake(Clock clock) {
    return new Intake(
        new JdbcIntakeStore(db.dataSource()),
        clock,
        RETENTION,
        new PhotoProcessor(PhotoLimits.DEFAULT));
  }

  private static ComplaintSubmission complaint(String text, String sourceSystem, String sourceId) {
    return new ComplaintSubmission(
        IntakeChannel.WEB,
        "jalan-rusak",
        "33.74",
        null,
        text,
        null,
        null,
        null,
        sourceSystem,
        sourceId);
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
  void anIdempotencyKeyIsAnsweredFromWithinTheRetentionOnly() {
    TestClock clock = new TestClock();
    Intake intake = intake(clock);
    String key = "retry-" + System.nanoTime();
    IntakeReceipt first = intake.submit(operator, complaint("Lampu jalan mati.", null, null), key);

    clock.advance(RETENTION.minusMinutes(1));
    IntakeReceipt retry = intake.submit(operator, complaint("Lampu jalan mati.", null, null), key);
    assertTrue(retry.replayed());
    assertEquals(first.reference(), retry.reference());
    assertThrows(
        RuleViolationException.class,
        () -> intake.submit(operator, complaint("Got lain.", null, null), key),
        "a live key with another request is refused");

    clock.advance(Duration.ofMinutes(2));
    IntakeReceipt afterExpiry = intake.submit(operator, complaint("Got lain.", null, null), key);
    assertFalse(afterExpiry.replayed(), "an expired record is never answered from");
    assertNotEquals(first.reference(), afterExpiry.reference());
    IntakeReceipt retryOfTheNew = intake.submit(operator, complaint("Got lain.", null, null), key);
    assertTrue(retryOfTheNew.replayed(), "the key now guards the new request");
    assertEquals(afterExpiry.reference(), retryOfTheNew.reference());
  }

  @Test
  void theCleanUpDeletesExpiredRecordsOnly() throws SQLException {
    TestClock clock = new TestClock();
    Intake intake = intake(clock);
    String old = "old-" + System.nanoTime();
    String recent = "recent-" + System.nanoTime();
    intake.submit(operator, complaint("Sampah menumpuk.", null, null), old);
    clock.advance(Duration.ofHours(47));
    intake.submit(operator, complaint("Sampah menumpuk lagi.", null, null), recent);
    clock.advance(Duration.ofHours(2));

    assertTrue(intake.forgetExpiredClaims() >= 1);
    String sql = "SELECT count(*) FROM intake_idempotency WHERE idempotency_key = ?";
    assertEquals(0, count(sql, old));
    assertEquals(1, count(sql, recent));
  }

  @Test
  void aSourceAlreadyStoredIsAnsweredWithItsComplaint() throws SQLException {
    Intake intake = intake(Clock.systemUTC());
    String id = "LPR-" + System.nanoTime();
    IntakeReceipt first =
        intake.submit(roads, complaint("Jalan berlubang.", "lapor-sp4n", id), null);
    assertFalse(first.existing());
    IntakeReceipt again =
        intake.submit(roads, complaint("Jalan berlubang (dikirim ulang).", "lapor-sp4n", id), null);
    assertTrue(again.existing());
    assertEquals(first.reference(), again.reference());
    assertEquals(first.status(), again.status());
    assertEquals(first.eventSequence(), again.eventSequence());
    assertEquals(1, count("SELECT count(*) FROM complaint WHERE source_id = ?", id));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM intake_audit WHERE action = 'COMPLAINT_ALREADY_KNOWN'"
                + " AND source_id = ?",
            id));
    // the same id from another system is another complaint
    assertFalse(intake.submit(roads, complaint("Jalan berlubang.", "sipp", id), null).existing());
  }

  @Test
  void concurrentSubmissionsOfOneSourceStoreOneComplaint() throws Exception {
    Intake intake = intake(Clock.systemUTC());
    String id = "LPR-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<IntakeReceipt>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String idempotencyKey = "k" + i + "-" + id;
        answers.add(
            pool.submit(
                () ->
                    intake.submit(
                        roads, complaint("Jembatan retak.", "lapor-sp4n", id), idempotencyKey)));
      }
      Set<String> references = new HashSet<>();
      int existing = 0;
      for (Future<IntakeReceipt> answer : answers) {
        IntakeReceipt receipt = answer.get();
        references.add(receipt.reference().value());
        existing += receipt.existing() ? 1 : 0;
      }
      assertEquals(1, references.size(), references::toString);
      assertEquals(3, existing);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, count("SELECT count(*) FROM complaint WHERE source_id = ?", id));
  }

  @Test
  void aSourceStoredMeanwhileByAnotherWriterIsFoundOnASecondAttempt() throws Exception {
    Intake intake = intake(Clock.systemUTC());
    String id = "SIPP-" + System.nanoTime();
    // An import's transaction (it does not take intake's per-source lock) holds the pair
    // uncommitted: intake's insert waits on the unique index, then fails when it commits.
    try (Connection importer = db.connection()) {
      importer.setAutoCommit(false);
      try (PreparedStatement ps =
          importer.prepareStatement(
              "INSERT INTO complaint (reference, channel, category_id, received_at, status,"
                  + " source_system, source_id) SELECT 'ADU-2026-9900001', 'WEB', id, now(),"
                  + " 'RECEIVED', 'sipp', ? FROM category ORDER BY id LIMIT 1")) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<IntakeReceipt> answer =
            pool.submit(
                () -> intake.submit(roads, complaint("Saluran tersumbat.", "sipp", id), null));
        // until intake's insert waits on the importer's row lock
        while (count(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE ?",
                "INSERT INTO complaint %")
            == 0) {
          assertFalse(answer.isDone(), "intake did not wait for the importer's row");
          Thread.onSpinWait();
        }
        importer.commit();
        IntakeReceipt receipt = answer.get();
        assertTrue(receipt.existing());
        assertEquals("ADU-2026-9900001", receipt.reference().value());
      } finally {
        pool.shutdownNow();
      }
    }
    assertEquals(1, count("SELECT count(*) FROM complaint WHERE source_id = ?", id));
  }
}
