package id.aduanterbuka.persistence.audit;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.ProcessedPhoto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Lines of the restricted {@code intake_audit} table, written in the caller's transaction so that a
 * write and its line commit together. A key is named by its prefix; a photo by its id, role, and
 * the upload's size and type — never its bytes, and never a complaint's text.
 */
public final class IntakeAudit {
  /** The action of a photo upload, alone or with an event. */
  public static final String PHOTO_SUBMITTED = "PHOTO_SUBMITTED";

  private IntakeAudit() {}

  /** A write to a complaint or its timeline. */
  public static void write(
      Connection c,
      ApiKey who,
      String action,
      long complaintId,
      String reference,
      String eventType,
      String sourceSystem,
      String sourceId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO intake_audit (key_prefix, key_kind, action, complaint_id, reference,"
                + " event_type, source_system, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, who.prefix());
      ps.setString(2, who.kind().name());
      ps.setString(3, action);
      ps.setLong(4, complaintId);
      ps.setString(5, reference);
      setString(ps, 6, eventType);
      setString(ps, 7, sourceSystem);
      setString(ps, 8, sourceId);
      ps.executeUpdate();
    }
  }

  /** A photo stored for review. */
  public static void photo(
      Connection c,
      ApiKey who,
      long complaintId,
      String reference,
      long photoId,
      PhotoRole role,
      ProcessedPhoto photo)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO intake_audit (key_prefix, key_kind, action, complaint_id, reference,"
                + " photo_id, photo_role, upload_bytes, upload_type)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, who.prefix());
      ps.setString(2, who.kind().name());
      ps.setString(3, PHOTO_SUBMITTED);
      ps.setLong(4, complaintId);
      ps.setString(5, reference);
      ps.setLong(6, photoId);
      ps.setString(7, role.name());
      ps.setInt(8, photo.uploadBytes());
      ps.setString(9, photo.uploadType().mediaType());
      ps.executeUpdate();
    }
  }

  private static void setString(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}
