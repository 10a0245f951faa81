package id.aduanterbuka.ingest;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A complaint read from another system and validated: its natural key (source system, source id),
 * what the citizen wrote and who they are (restricted), and its whole timeline, which always starts
 * with RECEIVED at {@link #receivedAt()} and follows the lifecycle to {@link #status()}.
 */
public record ImportedComplaint(
    String sourceSystem,
    String sourceId,
    Instant receivedAt,
    IntakeChannel channel,
    String categoryCode,
    String regionCode,
    String text,
    String reporterName,
    String reporterContact,
    List<ImportedEvent> events,
    ComplaintStatus status) {
  public ImportedComplaint {
    Objects.requireNonNull(sourceSystem, "sourceSystem");
    Objects.requireNonNull(sourceId, "sourceId");
    events = List.copyOf(events);
  }

  /** The agencies the timeline routed the complaint to, in order of first routing. */
  public List<String> routedAgencies() {
    return events.stream()
        .filter(e -> e.type() == id.aduanterbuka.complaint.EventType.ROUTED)
        .map(ImportedEvent::agencyCode)
        .distinct()
        .toList();
  }

  /**
   * A SHA-256 over every imported field: equal fingerprints mean a re-import brings nothing new, so
   * the row is left alone (and not redacted again).
   */
  public String fingerprint() {
    StringBuilder sb = new StringBuilder(256 + text.length());
    for (Object v :
        List.of(
            receivedAt,
            channel,
            categoryCode,
            String.valueOf(regionCode),
            text,
            String.valueOf(reporterName),
            String.valueOf(reporterContact),
            status)) {
      sb.append(v).append('\u001f');
    }
    for (ImportedEvent e : events) {
      sb.append(e.reroute() ? ImportedEvent.REROUTED : e.type().name())
          .append('\u001e')
          .append(e.occurredAt())
          .append('\u001e')
          .append(e.agencyCode())
          .append('\u001e')
          .append(e.note())
          .append('\u001f');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
