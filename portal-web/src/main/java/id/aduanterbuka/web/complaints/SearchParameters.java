package id.aduanterbuka.web.complaints;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSort;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.InvalidValueException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The complaint list's query parameters, parsed the way the API's {@code ComplaintsResource} parses
 * them (blank means absent, enums case-insensitive, days as {@code YYYY-MM-DD} between 2000 and
 * 2100), but collecting every problem as a field name instead of failing on the first, so the page
 * can say what to fix. Also writes the canonical query string back for shareable paging links.
 */
final class SearchParameters {
  /** The parameters a search URL carries, in the order links write them. */
  static final List<String> NAMES =
      List.of(
          "q",
          "agency",
          "category",
          "region",
          "status",
          "channel",
          "from",
          "to",
          "resolvedFrom",
          "resolvedTo",
          "answered",
          "overdue",
          "sort");

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> invalid = new ArrayList<>();
  private final ComplaintStatus status;
  private final IntakeChannel channel;
  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate resolvedFrom;
  private final LocalDate resolvedTo;
  private final Boolean answered;
  private final Boolean overdue;
  private final ComplaintSort sort;
  private final String cursor;
  private final int page;
  private ComplaintFilter filter;

  SearchParameters(Map<String, String> request) {
    for (String name : NAMES) {
      String v = text(request.get(name));
      if (v != null) {
        values.put(name, v);
      }
    }
    if (values.containsKey("q") && values.get("q").length() > 200) {
      invalid.add("q");
    }
    if (values.containsKey("region")) {
      parse("region", RegionCode::of);
    }
    status =
        parse(
            "status",
            v -> {
              ComplaintStatus s = enumValue(v, ComplaintStatus.class);
              if (!s.isPublic()) {
                throw new IllegalArgumentException("never public");
              }
              return s;
            });
    channel = parse("channel", v -> enumValue(v, IntakeChannel.class));
    from = parse("from", SearchParameters::day);
    to = parse("to", SearchParameters::day);
    resolvedFrom = parse("resolvedFrom", SearchParameters::day);
    resolvedTo = parse("resolvedTo", SearchParameters::day);
    answered = parse("answered", SearchParameters::yesNo);
    overdue = parse("overdue", SearchParameters::yesNo);
    ComplaintSort order = parse("sort", v -> enumValue(v, ComplaintSort.class));
    sort = order == null ? ComplaintSort.NEWEST : order;
    if (from != null && to != null && to.isBefore(from)) {
      invalid.add("range");
    }
    if (resolvedFrom != null && resolvedTo != null && resolvedTo.isBefore(resolvedFrom)) {
      invalid.add("resolvedRange");
    }
    cursor = text(request.get("cursor"));
    Integer p = parse(request, "page", Integer::valueOf);
    if (p != null && (p < 1 || p > 1_000_000)) {
      invalid.add("page");
    }
    page = p == null || p < 1 ? 1 : p;
  }

  private <T> T parse(String name, Function<String, T> parser) {
    return parse(values, name, parser);
  }

  private <T> T parse(Map<String, String> from, String name, Function<String, T> parser) {
    String v = text(from.get(name));
    if (v == null) {
      return null;
    }
    try {
      return parser.apply(v);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      invalid.add(name);
      return null;
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <E extends Enum<E>> E enumValue(String value, Class<E> type) {
    return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** The API's booleans: {@code true}/{@code false}, as the form's yes/no options send them. */
  private static Boolean yesNo(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not true or false");
    };
  }

  private static LocalDate day(String value) {
    LocalDate day = LocalDate.parse(value);
    if (day.getYear() < 2000 || day.getYear() > 2100) {
      throw new IllegalArgumentException("out of range");
    }
    return day;
  }

  /** Marks {@code name} as invalid, e.g. an agency code no agency has. */
  void reject(String name) {
    if (!invalid.contains(name)) {
      invalid.add(name);
    }
  }

  /** The parameters with a problem, in the order of the form; empty when all are fine. */
  List<String> invalid() {
    return List.copyOf(invalid);
  }

  boolean valid() {
    return invalid.isEmpty();
  }

  /** A parameter's text as given (stripped), or null. */
  String value(String name) {
    return values.get(name);
  }

  ComplaintSort sort() {
    return sort;
  }

  String cursor() {
    return cursor;
  }

  int page() {
    return page;
  }

  /** The domain filter of valid parameters; null while any parameter is invalid. */
  ComplaintFilter filter() {
    if (!valid()) {
      return null;
    }
    if (filter == null) {
      try {
        filter =
            new ComplaintFilter(
                value("agency"),
                value("category"),
                value("region"),
                status,
                channel,
                from,
                to,
                resolvedFrom,
                resolvedTo,
                answered,
                overdue,
                value("q"));
      } catch (InvalidValueException e) {
        reject(
            switch (e.field()) {
              case "q" -> "q";
              case "resolvedTo" -> "resolvedRange";
              default -> "range";
            });
        return null;
      }
    }
    return filter;
  }

  /**
   * The query string of this search (without cursor and page), then {@code extra} pairs, then
   * {@code lang=en} in English: {@code ?q=jalan&category=jalan-rusak&lang=en}, or "" when empty.
   */
  String query(boolean english, String... extra) {
    StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
    values.forEach(
        (name, v) -> {
          if (!name.equals("sort")) {
            q.add(name + "=" + encode(v));
          } else if (sort != ComplaintSort.NEWEST) {
            q.add("sort=" + sort.name());
          }
        });
    for (int i = 0; i + 1 < extra.length; i += 2) {
      q.add(extra[i] + "=" + encode(extra[i + 1]));
    }
    if (english) {
      q.add("lang=en");
    }
    return q.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
