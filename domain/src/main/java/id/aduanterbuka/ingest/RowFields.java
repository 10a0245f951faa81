package id.aduanterbuka.ingest;

import id.aduanterbuka.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one {@link SourceRow} for a reference validator, collecting every problem
 * (not just the first) as a {@link RowError} naming the field. Each reader returns null when the
 * value is missing or wrong, so a validator reads all fields and then asks {@link #result}.
 */
final class RowFields {
  private final SourceRow row;
  private final List<RowError> errors = new ArrayList<>();

  RowFields(SourceRow row) {
    this.row = row;
  }

  void error(String field, String reason) {
    errors.add(new RowError(row.file(), row.line(), field, reason));
  }

  int errorCount() {
    return errors.size();
  }

  boolean has(String field) {
    return row.has(field);
  }

  /** The row's value, or the errors found; the value is only built when there are none. */
  <T> RowResult<T> result(Supplier<T> value) {
    return errors.isEmpty()
        ? new RowResult<>(value.get(), List.of())
        : new RowResult<>(null, errors);
  }

  String raw(String field) {
    String v = row.fields().get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String text(String field, int max, boolean required) {
    String v = raw(field);
    if (v == null) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    if (v.length() > max) {
      error(field, "is longer than " + max + " characters");
      return null;
    }
    return v;
  }

  /**
   * A code checked by its value object's constructor (e.g. {@code AgencyCode::new}), whose message
   * says what a code of that kind looks like.
   */
  String code(String field, Function<String, ?> format, boolean required) {
    String v = raw(field);
    if (v == null) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    return checkCode(field, v, format) ? v : null;
  }

  boolean checkCode(String field, String v, Function<String, ?> format) {
    try {
      format.apply(v);
      return true;
    } catch (InvalidValueException e) {
      error(field, e.getMessage());
      return false;
    }
  }

  /** A code the database (or this import) must already know. */
  String known(String field, Function<String, ?> format, Set<String> known, boolean required) {
    String v = code(field, format, required);
    if (v != null && !known.contains(v)) {
      error(field, "unknown code " + v);
      return null;
    }
    return v;
  }

  /** An enum constant, case-insensitive, with {@code -} or a space for {@code _}. */
  <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
    String v = raw(field);
    if (v == null) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    return choiceOf(field, v, type);
  }

  <E extends Enum<E>> E choiceOf(String field, String v, Class<E> type) {
    String name = v.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    error(
        field, "unknown value " + v + " (one of " + Arrays.toString(type.getEnumConstants()) + ")");
    return null;
  }

  /** A whole number in [min, max]; the message says which bound it broke. */
  Long number(String field, long min, long max, boolean required) {
    String v = raw(field);
    if (v == null) {
      if (required) {
        error(field, "is required");
      }
      return null;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      error(field, "is not a whole number: " + v);
      return null;
    }
    if (n < min || n > max) {
      error(field, "must be between " + min + " and " + max + ", was " + n);
      return null;
    }
    return n;
  }

  /** {@code true}/{@code false}, also {@code ya}/{@code tidak}, {@code yes}/{@code no}, 1/0. */
  Boolean bool(String field) {
    String v = raw(field);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "ya", "yes", "y", "1" -> true;
      case "false", "tidak", "no", "n", "0" -> false;
      default -> {
        error(field, "is not true or false (also ya/tidak, yes/no, 1/0): " + v);
        yield null;
      }
    };
  }

  LocalDate date(String field, String v) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      error(field, "is not a date: " + v + " (use YYYY-MM-DD, e.g. 2024-03-01)");
      return null;
    }
  }

  /** An absolute http(s) URL with a host; {@code httpsOnly} for links citizens use to apply. */
  String url(String field, String v, boolean httpsOnly, int max) {
    if (v.length() > max) {
      error(field, "is longer than " + max + " characters");
      return null;
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean allowed = httpsOnly ? scheme.equals("https") : scheme.matches("https?");
      if (!allowed || uri.getHost() == null) {
        error(field, "is not an " + (httpsOnly ? "https://" : "http(s)://") + " URL: " + v);
        return null;
      }
      return v;
    } catch (URISyntaxException e) {
      error(field, "is not a URL: " + v + " (" + e.getReason() + ")");
      return null;
    }
  }

  /**
   * A list field: a JSON array as given, or the CSV value split by {@code separator} (a regex);
   * blank items dropped. Null when the file has no such field, so the stored list is kept.
   */
  List<String> list(String field, String separator) {
    if (!row.has(field)) {
      return null;
    }
    List<String> items = new ArrayList<>();
    List<String> given = row.lists().get(field);
    if (given != null) {
      given.forEach(s -> addItem(items, s));
    } else if (row.objects().containsKey(field)) {
      error(field, "must be a list of strings, not of objects");
    } else {
      String v = row.fields().get(field);
      if (v != null) {
        for (String s : v.split(separator)) {
          addItem(items, s);
        }
      }
    }
    return items;
  }

  List<Map<String, String>> objects(String field) {
    return row.objects().get(field);
  }

  private static void addItem(List<String> items, String s) {
    if (s != null && !s.isBlank()) {
      items.add(s.strip());
    }
  }
}
