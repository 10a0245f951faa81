package id.aduanterbuka.publicdata;

import java.time.Instant;

/**
 * A published complaint as one self-contained record, for interfaces that list complaints with
 * their whole text and where they stand (Open311 service requests): its summary, the full redacted
 * text, when its public timeline last moved and the latest note published on that timeline.
 *
 * @param updatedAt time of the latest timeline event (the receipt if there is none)
 * @param latestNote the most recent non-empty public note, redacted; null when there is none
 */
public record ComplaintRecord(
    ComplaintSummary summary, String text, Instant updatedAt, String latestNote) {}
