package id.aduanterbuka.api.params;

import id.aduanterbuka.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters arrive as text and are parsed here, so that a malformed value is a 400 problem
 * naming the parameter (JAX-RS itself answers 404 for unconvertible query parameters). Blank means
 * absent.
 */
public final class QueryValues {
  private QueryValues() {}

  /** {@code parse(value)}, or null when the parameter is absent or blank. */
  public static <T> T optional(
      String name, String value, java.util.function.Function<String, T> parse) {
    return value == null || value.isBlank() ? null : required(name, value, parse);
  }

  /**
   * {@code parse(value)}; a value the domain rejects is reported under {@code name}, the parameter
   * as the client spelled it ({@code parent}, not the {@code region} a region code would name).
   */
  public static <T> T required(
      String name, String value, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(value == null ? null : value.strip());
    } catch (InvalidValueException e) {
      throw e.field().equals(name) ? e : new InvalidValueException(name, e.getMessage());
    }
  }

  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          field,
          "'"
              + v
              + "' is not a valid "
              + field
              + "; use one of "
              + Arrays.toString(type.getEnumConstants())
              + ".");
    }
  }

  public static LocalDate date(String field, String value) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(v);
      if (day.getYear() < 2000 || day.getYear() > 2100) {
        throw new InvalidValueException(field, field + " must be between 2000 and 2100.");
      }
      return day;
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field, field + " must be a date as YYYY-MM-DD, was '" + v + "'.");
    }
  }

  public static YearMonth month(String field, String value) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    try {
      YearMonth month = YearMonth.parse(v);
      if (month.getYear() < 2000 || month.getYear() > 2100) {
        throw new InvalidValueException(field, field + " must be between 2000 and 2100.");
      }
      return month;
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field, field + " must be a month as YYYY-MM, was '" + v + "'.");
    }
  }

  public static Boolean bool(String field, String value) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidValueException(
              field, field + " must be true or false, was '" + v + "'.");
    };
  }

  public static int integer(String field, String value, int defaultValue) {
    String v = text(value);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, field + " must be a whole number, was '" + v + "'.");
    }
  }
}
