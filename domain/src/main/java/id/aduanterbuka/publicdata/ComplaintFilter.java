package id.aduanterbuka.publicdata;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the public complaint list; null fields and empty sets do not filter. Dates are WIB
 * days, both ends included; instants bound the receipt time exactly, both ends included. {@code
 * region} matches a region and every region inside it (any level).
 *
 * @param categoryCodes any of these categories
 * @param statuses any of these statuses, each of them public
 * @param receivedSince received at or after this instant
 * @param receivedUntil received at or before this instant
 * @param text words searched in the published text (Indonesian stemming)
 * @param overdue unanswered and past the category's SLA (true) or not (false), as of now
 */
public record ComplaintFilter(
    String agencyCode,
    Set<String> categoryCodes,
    String region,
    Set<ComplaintStatus> statuses,
    IntakeChannel channel,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    Instant receivedSince,
    Instant receivedUntil,
    LocalDate resolvedFrom,
    LocalDate resolvedTo,
    Boolean hasResponse,
    Boolean overdue,
    String text) {
  public static final ComplaintFilter NONE =
      new ComplaintFilter(null, null, null, null, null, null, null, null, null, null, null, null);

  public ComplaintFilter {
    categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    for (ComplaintStatus status : statuses) {
      if (!status.isPublic()) {
        throw new InvalidValueException(
            "status", status + " complaints are never public; filter by a public status.");
      }
    }
    if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
      throw new InvalidValueException("receivedTo", "receivedTo is before receivedFrom.");
    }
    if (receivedSince != null && receivedUntil != null && receivedUntil.isBefore(receivedSince)) {
      throw new InvalidValueException("receivedUntil", "receivedUntil is before receivedSince.");
    }
    if (resolvedFrom != null && resolvedTo != null && resolvedTo.isBefore(resolvedFrom)) {
      throw new InvalidValueException("resolvedTo", "resolvedTo is before resolvedFrom.");
    }
    if (text != null && text.length() > 200) {
      throw new InvalidValueException("q", "a search is at most 200 characters.");
    }
    text = text == null || text.isBlank() ? null : text.strip();
  }

  /** The filter of the complaint list's parameters: one category and one status at most. */
  public ComplaintFilter(
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
    this(
        agencyCode,
        categoryCode == null ? Set.of() : Set.of(categoryCode),
        region,
        status == null ? Set.of() : Set.of(status),
        channel,
        receivedFrom,
        receivedTo,
        null,
        null,
        resolvedFrom,
        resolvedTo,
        hasResponse,
        overdue,
        text);
  }

  /** This filter, narrowed to complaints in any of {@code codes} (empty: any category). */
  public ComplaintFilter withCategories(Set<String> codes) {
    return new ComplaintFilter(
        agencyCode,
        codes,
        region,
        statuses,
        channel,
        receivedFrom,
        receivedTo,
        receivedSince,
        receivedUntil,
        resolvedFrom,
        resolvedTo,
        hasResponse,
        overdue,
        text);
  }

  /** This filter, narrowed to complaints in any of {@code any} (empty: any public status). */
  public ComplaintFilter withStatuses(Set<ComplaintStatus> any) {
    return new ComplaintFilter(
        agencyCode,
        categoryCodes,
        region,
        any,
        channel,
        receivedFrom,
        receivedTo,
        receivedSince,
        receivedUntil,
        resolvedFrom,
        resolvedTo,
        hasResponse,
        overdue,
        text);
  }

  /** This filter, narrowed to complaints received between two instants (null: open-ended). */
  public ComplaintFilter receivedBetween(Instant since, Instant until) {
    return new ComplaintFilter(
        agencyCode,
        categoryCodes,
        region,
        statuses,
        channel,
        receivedFrom,
        receivedTo,
        since,
        until,
        resolvedFrom,
        resolvedTo,
        hasResponse,
        overdue,
        text);
  }
}
