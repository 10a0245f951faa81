package id.aduanterbuka.ingest;

import id.aduanterbuka.complaint.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an imported complaint's timeline; its natural key is (type, occurred at, agency).
 *
 * @param agencyCode the agency that acted, null for the admin's own steps
 * @param note a public note as written at the source, redacted before it is stored (may be null)
 * @param reroute for a ROUTED event: the complaint was taken from every agency it was with and
 *     given to this one (written {@code REROUTED} in import files); otherwise this agency was added
 */
public record ImportedEvent(
    EventType type, Instant occurredAt, String agencyCode, String note, boolean reroute) {
  /** The type files write for a ROUTED event that ends the routings before it. */
  public static final String REROUTED = "REROUTED";

  public ImportedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (reroute && type != EventType.ROUTED) {
      throw new IllegalArgumentException("only a ROUTED event can be a re-routing");
    }
  }

  public ImportedEvent(EventType type, Instant occurredAt, String agencyCode, String note) {
    this(type, occurredAt, agencyCode, note, false);
  }
}
