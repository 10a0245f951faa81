package id.aduanterbuka.publicdata;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.shared.InvalidValueException;
import java.time.LocalDate;

/**
 * Filters of the public complaint list; null fields do not filter. Dates are WIB days, both ends
 * included. {@code region} matches a region and every region inside it (any level).
 *
 * @param text words searched in the published text (Indonesian stemming)
 * @param overdue unanswered and past the category's SLA (true) or not (false), as of now
 */
public record ComplaintFilter(
    String agencyCode,
    String categoryCode,
    String region,
    ComplaintStatus status,
    IntakeChannel channel,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    LocalDate resolvedFrom,
    LocalDate resolvedTo,
    Boolean hasResponse,
    Boolean overdue,
    String text) {
  public static final ComplaintFilter NONE =
      new ComplaintFilter(null, null, null, null, null, null, null, null, null, null, null, null);

  public ComplaintFilter {
    if (status != null && !status.isPublic()) {
      throw new InvalidValueException(
          "status", status + " complaints are never public; filter by a public status.");
    }
    if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
      throw new InvalidValueException("receivedTo", "receivedTo is before receivedFrom.");
    }
    if (resolvedFrom != null && resolvedTo != null && resolvedTo.isBefore(resolvedFrom)) {
      throw new InvalidValueException("resolvedTo", "resolvedTo is before resolvedFrom.");
    }
    if (text != null && text.length() > 200) {
      throw new InvalidValueException("q", "a search is at most 200 characters.");
    }
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
