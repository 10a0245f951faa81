package id.aduanterbuka.api.open311;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.shared.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Open311's two statuses over our lifecycle: {@code open} while someone is still expected to act
 * ({@link ComplaintStatus#isOpen()}), {@code closed} once resolved ({@link
 * ComplaintStatus#countsAsResolved()}). Every public status is exactly one of them.
 */
enum RequestStatus {
  OPEN(ComplaintStatus::isOpen),
  CLOSED(ComplaintStatus::countsAsResolved);

  private final Set<ComplaintStatus> statuses;

  RequestStatus(Predicate<ComplaintStatus> which) {
    EnumSet<ComplaintStatus> matching = EnumSet.noneOf(ComplaintStatus.class);
    Arrays.stream(ComplaintStatus.values())
        .filter(ComplaintStatus::isPublic)
        .filter(which)
        .forEach(matching::add);
    this.statuses = Set.copyOf(matching);
  }

  /** The value as the spec spells it: {@code open} or {@code closed}. */
  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Our public statuses this Open311 status stands for. */
  Set<ComplaintStatus> statuses() {
    return statuses;
  }

  /** The Open311 status of a public complaint status, e.g. {@code RESPONDED} → open. */
  static RequestStatus of(String complaintStatus) {
    ComplaintStatus status = ComplaintStatus.valueOf(complaintStatus);
    for (RequestStatus s : values()) {
      if (s.statuses.contains(status)) {
        return s;
      }
    }
    throw new IllegalStateException(status + " is not a public status");
  }

  /**
   * {@code open} or {@code closed} as a client wrote it; anything else is a 400 on {@code field}.
   */
  static RequestStatus parse(String field, String value) {
    for (RequestStatus s : values()) {
      if (s.value().equalsIgnoreCase(value)) {
        return s;
      }
    }
    throw new InvalidValueException(
        field, "'" + value + "' is not a status; use open, closed or both as open,closed.");
  }
}
