package id.aduanterbuka.intake;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.shared.InvalidValueException;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A complaint as an agency's or operator's system submits it: what the citizen wrote, unredacted,
 * and who they are. Only {@link Intake} sees it whole; the text is redacted before it is stored for
 * publication and the rest goes to the restricted table.
 *
 * @param receivedAt when the citizen sent it; null for now
 * @param agency the agency to route it to; null leaves it unrouted (an agency key's own by default)
 * @param sourceSystem the sending system; with {@code sourceId} the complaint's natural key, which
 *     a second submission finds instead of creating a second complaint. Alone it is only audited
 * @param sourceId the complaint's id in the sending system
 */
public record ComplaintSubmission(
    IntakeChannel channel,
    String category,
    String region,
    OffsetDateTime receivedAt,
    String text,
    String reporterName,
    String reporterContact,
    AgencyCode agency,
    String sourceSystem,
    String sourceId) {
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_IDENTITY = 200;
  // As complaint.source_system / source_id (V13), shared with bulk imports.
  public static final int MAX_SOURCE_SYSTEM = 40;
  public static final int MAX_SOURCE_ID = 100;
  private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Za-z0-9._-]+");

  public ComplaintSubmission {
    if (channel == null) {
      throw new InvalidValueException("channel", "channel is required, e.g. WHATSAPP or WEB.");
    }
    if (category == null || category.isBlank()) {
      throw new InvalidValueException("category", "category is required, e.g. jalan-rusak.");
    }
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("text", "text is required: what the citizen wrote.");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidValueException(
          "text", "text is at most " + MAX_TEXT + " characters, was " + text.length() + ".");
    }
    reporterName = limited("reporterName", reporterName, MAX_IDENTITY);
    reporterContact = limited("reporterContact", reporterContact, MAX_IDENTITY);
    sourceSystem = limited("sourceSystem", sourceSystem, MAX_SOURCE_SYSTEM);
    sourceId = limited("sourceId", sourceId, MAX_SOURCE_ID);
    if (sourceSystem != null && !SOURCE_SYSTEM.matcher(sourceSystem).matches()) {
      throw new InvalidValueException(
          "sourceSystem",
          "sourceSystem is letters, digits, '.', '_' or '-' (the name bulk imports use), e.g."
              + " lapor-sp4n.");
    }
    if (sourceId != null && sourceSystem == null) {
      throw new InvalidValueException(
          "sourceSystem", "sourceSystem is required with sourceId: the id is unique per system.");
    }
    region = region == null || region.isBlank() ? null : region.strip();
    category = category.strip();
  }

  /** Whether the submission names its complaint in the sending system (the dedupe key). */
  public boolean hasSourceKey() {
    return sourceId != null;
  }

  /** Every field, unambiguously: what the idempotency hash covers. */
  String canonical() {
    return String.join(
        "\u0000",
        String.valueOf(channel),
        category,
        String.valueOf(region),
        String.valueOf(receivedAt),
        text,
        String.valueOf(reporterName),
        String.valueOf(reporterContact),
        String.valueOf(agency),
        String.valueOf(sourceSystem),
        String.valueOf(sourceId));
  }

  /** Never the text or the reporter: this is what a log line would show. */
  @Override
  public String toString() {
    return "ComplaintSubmission[channel="
        + channel
        + ", category="
        + category
        + ", region="
        + region
        + ", agency="
        + agency
        + ", text="
        + text.length()
        + " characters]";
  }

  static String limited(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidValueException(
          field, field + " is at most " + max + " characters, was " + stripped.length() + ".");
    }
    return stripped;
  }
}
