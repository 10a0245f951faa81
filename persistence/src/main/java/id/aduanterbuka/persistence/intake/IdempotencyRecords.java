package id.aduanterbuka.persistence.intake;

import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.evidence.SubmittedPhoto;
import id.aduanterbuka.intake.IntakeReceipt;
import id.aduanterbuka.intake.IntakeStore.Claim;
import id.aduanterbuka.intake.RuleViolationException;
import id.aduanterbuka.persistence.evidence.PhotoRows;
import id.aduanterbuka.privacy.Publication;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code intake_idempotency} rows of one intake transaction: taking a key, answering a retry
 * from what the first request got, and keeping that answer. A record older than the claim's {@code
 * liveSince} is expired and treated as absent.
 */
final class IdempotencyRecords {
  private static final int CREATED = 201;
  // A submission of a source system and id already stored: the answer names that complaint.
  private static final int EXISTING = 200;

  private IdempotencyRecords() {}

  /**
   * Takes the key: inserts its record, or takes over an expired one as if it were not there. False
   * when a live record holds the key (after waiting for a concurrent writer of it to finish).
   */
  static boolean claim(Connection c, Claim claim) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO intake_idempotency (key_prefix, idempotency_key, request_hash, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (key_prefix, idempotency_key) DO UPDATE SET"
                + " request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,"
                + " response_status = NULL, reference = NULL, complaint_status = NULL,"
                + " publication = NULL, event_seq = NULL, event_type = NULL,"
                + " note_withheld = NULL, photo_ids = NULL"
                + " WHERE intake_idempotency.created_at < ?")) {
      ps.setString(1, claim.keyPrefix());
      ps.setString(2, claim.idempotencyKey());
      ps.setBytes(3, claim.requestHash());
      ps.setObject(4, claim.at().atOffset(ZoneOffset.UTC));
      ps.setObject(5, claim.liveSince().atOffset(ZoneOffset.UTC));
      return ps.executeUpdate() == 1;
    }
  }

  static IntakeReceipt answer(Connection c, Claim claim) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT request_hash, reference, complaint_status, publication, event_seq, event_type,"
                + " note_withheld, response_status, photo_ids FROM intake_idempotency"
                + " WHERE key_prefix = ? AND idempotency_key = ?")) {
      ps.setString(1, claim.keyPrefix());
      ps.setString(2, claim.idempotencyKey());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("an idempotency row vanished under a conflict");
        }
        if (!Arrays.equals(rs.getBytes(1), claim.requestHash())) {
          throw new RuleViolationException(
              "Idempotency-Key",
              "This Idempotency-Key was used for a different request; use a new key for a new"
                  + " request, and the same request body to retry.");
        }
        Array photoIds = rs.getArray(9);
        return new IntakeReceipt(
            new ComplaintReference(rs.getString(2)),
            ComplaintStatus.valueOf(rs.getString(3)),
            Publication.valueOf(rs.getString(4)),
            rs.getInt(5),
            EventType.valueOf(rs.getString(6)),
            rs.getBoolean(7),
            true,
            rs.getInt(8) == EXISTING,
            photoIds == null ? List.of() : PhotoRows.submitted(c, (Long[]) photoIds.getArray()));
      }
    }
  }

  static void keep(Connection c, Claim claim, IntakeReceipt receipt) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE intake_idempotency SET response_status = ?, reference = ?,"
                + " complaint_status = ?, publication = ?, event_seq = ?, event_type = ?,"
                + " note_withheld = ?, photo_ids = ? WHERE key_prefix = ? AND idempotency_key = ?")) {
      ps.setInt(1, receipt.existing() ? EXISTING : CREATED);
      ps.setString(2, receipt.reference().value());
      ps.setString(3, receipt.status().name());
      ps.setString(4, receipt.publication().name());
      ps.setInt(5, receipt.eventSequence());
      ps.setString(6, receipt.eventType().name());
      ps.setBoolean(7, receipt.noteWithheld());
      if (receipt.photos().isEmpty()) {
        ps.setNull(8, Types.ARRAY);
      } else {
        ps.setArray(
            8,
            c.createArrayOf(
                "bigint", receipt.photos().stream().map(SubmittedPhoto::id).toArray(Long[]::new)));
      }
      ps.setString(9, claim.keyPrefix());
      ps.setString(10, claim.idempotencyKey());
      ps.executeUpdate();
    }
  }
}
