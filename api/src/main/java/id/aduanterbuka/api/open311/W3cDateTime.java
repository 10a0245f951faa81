package id.aduanterbuka.api.open311;

import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.statistics.WorkingCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Date-times in the W3C profile of ISO 8601 that Open311 requires, always with a time zone: {@code
 * 2024-01-31T08:30:00+07:00} or {@code 2024-01-31T01:30:00Z}, seconds and their fraction optional.
 */
final class W3cDateTime {
  /** A {@code +} the client did not percent-encode arrives as a space before the offset. */
  private static final Pattern UNENCODED_PLUS = Pattern.compile(" (?=\\d{2}:\\d{2}$)");

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;

  private W3cDateTime() {}

  /**
   * The instant in Western Indonesia Time, where the complaints are, e.g. {@code …T08:30+07:00}.
   */
  static String format(Instant instant) {
    return instant == null
        ? null
        : OffsetDateTime.ofInstant(instant, WorkingCalendar.WIB)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The instant {@code value} names, null when absent; otherwise a 400 naming {@code field}. */
  static Instant parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = UNENCODED_PLUS.matcher(value.strip()).replaceFirst("+");
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field,
          field
              + " must be a W3C date-time with a time zone, e.g. 2024-01-31T00:00:00+07:00 or"
              + " 2024-01-30T17:00:00Z; was '"
              + value.strip()
              + "'.");
    }
    if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
      throw new InvalidValueException(
          field, field + " must be between the years " + FIRST_YEAR + " and " + LAST_YEAR + ".");
    }
    return time.toInstant();
  }
}
