package id.aduanterbuka.persistence.evidence;

import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoStatus;
import id.aduanterbuka.evidence.ProcessedPhoto;
import id.aduanterbuka.evidence.SubmittedPhoto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code photo} rows written in a transaction the caller holds: the photo endpoint's own, or an
 * intake event's, which stores its photos together with the event.
 */
public final class PhotoRows {
  private PhotoRows() {}

  /** Inserts a new pending photo; returns its id. */
  public static long insert(
      Connection c,
      long complaintId,
      PhotoRole role,
      ProcessedPhoto photo,
      String submittedBy,
      Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO photo (complaint_id, role, web_bytes, width, height, thumb_bytes,"
                + " thumb_width, thumb_height, sha256, submitted_by, submitted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      ps.setLong(1, complaintId);
      ps.setString(2, role.name());
      ps.setBytes(3, photo.web());
      ps.setInt(4, photo.width());
      ps.setInt(5, photo.height());
      ps.setBytes(6, photo.thumb());
      ps.setInt(7, photo.thumbWidth());
      ps.setInt(8, photo.thumbHeight());
      ps.setString(9, photo.sha256());
      ps.setString(10, submittedBy);
      ps.setTimestamp(11, Timestamp.from(at));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The photo of this complaint and role with these processed bytes, as an earlier submission. */
  public static Optional<SubmittedPhoto> same(
      Connection c, long complaintId, PhotoRole role, String sha256) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, role, status, width, height FROM photo"
                + " WHERE complaint_id = ? AND role = ? AND sha256 = ? ORDER BY id LIMIT 1")) {
      ps.setLong(1, complaintId);
      ps.setString(2, role.name());
      ps.setString(3, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(submitted(rs)) : Optional.empty();
      }
    }
  }

  /** These photos as earlier submissions, in the order of {@code ids}; unknown ids are left out. */
  public static List<SubmittedPhoto> submitted(Connection c, Long[] ids) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, role, status, width, height FROM photo WHERE id = ANY (?)"
                + " ORDER BY array_position(?, id)")) {
      ps.setArray(1, c.createArrayOf("bigint", ids));
      ps.setArray(2, c.createArrayOf("bigint", ids));
      List<SubmittedPhoto> photos = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          photos.add(submitted(rs));
        }
      }
      return photos;
    }
  }

  private static SubmittedPhoto submitted(ResultSet rs) throws SQLException {
    return new SubmittedPhoto(
        rs.getLong(1),
        PhotoRole.valueOf(rs.getString(2)),
        PhotoStatus.valueOf(rs.getString(3)),
        rs.getInt(4),
        rs.getInt(5),
        false);
  }
}
