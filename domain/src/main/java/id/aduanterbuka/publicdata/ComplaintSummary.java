package id.aduanterbuka.publicdata;

import java.time.Instant;
import java.util.List;

/**
 * One published complaint in a list: its public reference, where it stands, the agencies it is with
 * and the start of its redacted text.
 */
public record ComplaintSummary(
    String reference,
    Instant receivedAt,
    String status,
    String channel,
    String categoryCode,
    String categoryNameId,
    String categoryNameEn,
    String regionCode,
    String regionName,
    List<AgencyRef> agencies,
    Instant firstResponseAt,
    Instant resolvedAt,
    String excerpt) {

  /** An agency by code and name. */
  public record AgencyRef(String code, String name) {}

  public ComplaintSummary {
    agencies = List.copyOf(agencies);
  }
}
