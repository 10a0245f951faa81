package id.aduanterbuka.persistence.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes what a citizen wrote, and who they are, to the restricted table — for intake, which may
 * write it but never reads it back. Kept here so that the restricted table stays named only in this
 * package and the demo generator.
 */
public final class RestrictedOriginals {
  private RestrictedOriginals() {}

  /** Stores the original of complaint {@code complaintId} in {@code c}'s transaction. */
  public static void insert(
      Connection c, long complaintId, String text, String reporterName, String reporterContact)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO complaint_original (complaint_id, original_text, reporter_name,"
                + " reporter_contact) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, complaintId);
      ps.setString(2, text);
      ps.setString(3, reporterName);
      ps.setString(4, reporterContact);
      ps.executeUpdate();
    }
  }
}
