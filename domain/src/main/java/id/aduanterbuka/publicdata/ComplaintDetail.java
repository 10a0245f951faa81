package id.aduanterbuka.publicdata;

import java.time.Instant;
import java.util.List;

/** A published complaint in full: its redacted text and its public timeline. */
public record ComplaintDetail(
    ComplaintSummary summary, String text, Integer satisfaction, List<TimelineEntry> timeline) {

  /** One step of the timeline; the note is what the agency or admin published, redacted. */
  public record TimelineEntry(
      int sequence, String type, Instant at, String agencyCode, String agencyName, String note) {}

  public ComplaintDetail {
    timeline = List.copyOf(timeline);
  }
}
