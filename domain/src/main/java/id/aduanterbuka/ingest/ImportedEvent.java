package id.aduanterbuka.ingest;

import id.aduanterbuka.complaint.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an imported complaint's timeline; its natural key is (type, occurred at, agency).
 *
 * @param agencyCode the agency that acted, null for the admin's own steps
 * @param note a public note as written at the source, redacted before it is stored (may be null)
 */
public record ImportedEvent(EventType type, Instant occurredAt, String agencyCode, String note) {
  public ImportedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
