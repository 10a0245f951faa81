package id.aduanterbuka.access;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.shared.InvalidValueException;
import java.security.Principal;
import java.time.Instant;
import java.util.Objects;

/**
 * An issued API key as everyone but its holder sees it: its public prefix, whom it belongs to and
 * its history — never its secret. It is the principal of an authenticated request ({@link
 * #getName()} is the prefix), so the API can ask who is calling.
 *
 * @param agency the agency an {@link KeyKind#AGENCY} key belongs to; null for other kinds
 * @param revokedAt when the key stopped working; null while it works
 * @param lastUsedAt the last request made with it, to the minute; null if never used
 */
public record ApiKey(
    long id,
    String prefix,
    KeyKind kind,
    AgencyCode agency,
    String label,
    Instant createdAt,
    Instant revokedAt,
    Instant lastUsedAt)
    implements Principal {
  public static final int MAX_LABEL_LENGTH = 200;

  public ApiKey {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(createdAt, "createdAt");
    if (kind.belongsToAgency() && agency == null) {
      throw new InvalidValueException("agency", "an agency key needs the agency it belongs to.");
    }
    if (!kind.belongsToAgency() && agency != null) {
      throw new InvalidValueException(
          "agency", "only agency keys belong to an agency; leave the agency out for " + kind + ".");
    }
    if (label == null || label.isBlank() || label.length() > MAX_LABEL_LENGTH) {
      throw new InvalidValueException(
          "label",
          "a key needs a label of 1 to "
              + MAX_LABEL_LENGTH
              + " characters saying who holds it, e.g. \"Tim data Dinkes\".");
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** The prefix: what logs and listings may show of a key. */
  @Override
  public String getName() {
    return prefix;
  }
}
