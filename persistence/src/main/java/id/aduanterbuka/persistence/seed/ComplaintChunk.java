package id.aduanterbuka.persistence.seed;

import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** The rows of a run of consecutive complaints, ready to be copied table by table. */
final class ComplaintChunk {
  final CopyBuffer complaints =
      new CopyBuffer(
          "complaint",
          "id",
          "reference",
          "channel",
          "category_id",
          "region_code",
          "received_at",
          "status",
          "published_text",
          "publication",
          "redaction_version",
          "satisfaction");
  final CopyBuffer originals =
      new CopyBuffer(
          "complaint_original",
          "complaint_id",
          "original_text",
          "reporter_name",
          "reporter_contact");
  final CopyBuffer routings =
      new CopyBuffer(
          "complaint_routing", "id", "complaint_id", "agency_id", "routed_at", "ended_at");
  final CopyBuffer events =
      new CopyBuffer(
          "complaint_event",
          "id",
          "complaint_id",
          "seq",
          "event_type",
          "occurred_at",
          "agency_id",
          "public_note");
  int count;

  /** Copies the complaints first, so the other tables' references to them hold. */
  void writeTo(CopyManager copy) throws SQLException {
    complaints.flush(copy);
    originals.flush(copy);
    routings.flush(copy);
    events.flush(copy);
  }
}
