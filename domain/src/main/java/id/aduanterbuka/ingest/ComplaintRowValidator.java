package id.aduanterbuka.ingest;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.complaint.IntakeChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks one imported complaint row against the rules every complaint follows — required fields,
 * known agency, category and region codes, dates, and a timeline the lifecycle allows — and either
 * builds the {@link ImportedComplaint} or lists every problem found (not just the first), each
 * naming its field. Pure: no I/O, so a million rows are checked at the speed of parsing.
 *
 * <p>Field names are the documented ones ({@link #FIELDS}); events are either given as a list of
 * maps (JSON Lines) or as the {@code events} field: {@code TYPE TIME [AGENCY]} entries separated by
 * {@code ;} (CSV). Times are ISO-8601 with an offset, or local times in Western Indonesian Time
 * (Asia/Jakarta) written {@code 2024-03-01 09:30[:00]} or in the mapping's own pattern.
 */
public final class ComplaintRowValidator {
  /**
   * The documented field names of a complaint row, in the order the CSV header usually has them.
   */
  public static final List<String> FIELDS =
      List.of(
          "source_system",
          "source_id",
          "received_at",
          "channel",
          "category",
          "region",
          "agencies",
          "text",
          "reporter_name",
          "reporter_contact",
          "status",
          "events");

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  private static final int MAX_SOURCE_ID = 100;
  private static final int MAX_REPORTER = 200;
  private static final int MAX_NOTE = 2000;
  private static final DateTimeFormatter LOCAL = strict("uuuu-MM-dd[' ']['T']HH:mm[:ss]");

  private static final Instant EARLIEST = Instant.parse("1999-12-31T17:00:00Z");

  private final KnownCodes codes;
  private final String defaultSourceSystem;
  private final DateTimeFormatter localPattern;
  private final Clock clock;

  /**
   * @param defaultSourceSystem used when a row has no {@code source_system} (may be null)
   * @param localPattern an extra pattern for local WIB times, e.g. {@code dd/MM/yyyy HH:mm} (null:
   *     only ISO-8601 and {@code yyyy-MM-dd HH:mm[:ss]})
   */
  public ComplaintRowValidator(
      KnownCodes codes, String defaultSourceSystem, String localPattern, Clock clock) {
    this.codes = Objects.requireNonNull(codes);
    this.defaultSourceSystem = defaultSourceSystem;
    this.localPattern = localPattern == null ? null : strict(localPattern.replace("yyyy", "uuuu"));
    this.clock = Objects.requireNonNull(clock);
  }

  /** Strict, so 31/02 is an error rather than quietly the end of February. */
  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The outcome for one row: a complaint, or the problems that keep it out (never both). */
  public record Result(ImportedComplaint complaint, List<RowError> errors) {
    public boolean valid() {
      return complaint != null;
    }
  }

  /**
   * Validates the row starting at {@code line} of {@code file}.
   *
   * @param events the events as maps ({@code type}, {@code occurred_at}, {@code agency}, {@code
   *     note}), or null to read them from the {@code events} field
   */
  public Result validate(
      String file, long line, Map<String, String> fields, List<Map<String, String>> events) {
    Errors errors = new Errors(file, line);
    // PostgreSQL text cannot hold U+0000: one such value failed the whole batch on insert.
    fields.forEach(
        (field, value) -> {
          if (value != null && value.indexOf('\0') >= 0) {
            errors.add(field, "contains a NUL character");
          }
        });
    if (events != null) {
      for (Map<String, String> event : events) {
        event.forEach(
            (field, value) -> {
              if (value != null && value.indexOf('\0') >= 0) {
                errors.add("events", field + " contains a NUL character");
              }
            });
      }
    }
    String system = blankToNull(fields.get("source_system"));
    if (system == null) {
      system = defaultSourceSystem;
    }
    if (system == null) {
      errors.add("source_system", "is required (or give --source SYSTEM for the whole file)");
    } else if (!SOURCE_SYSTEM.matcher(system).matches()) {
      errors.add("source_system", "must be 1-40 letters, digits, '.', '_' or '-', was " + system);
    }
    String sourceId = required(fields, "source_id", errors);
    if (sourceId != null && sourceId.length() > MAX_SOURCE_ID) {
      errors.add("source_id", "is longer than " + MAX_SOURCE_ID + " characters");
    }
    Instant receivedAt = time(fields.get("received_at"), "received_at", true, errors);
    IntakeChannel channel = channel(fields.get("channel"), errors);
    String category = code(fields.get("category"), "category", codes.categories(), true, errors);
    String region = code(fields.get("region"), "region", codes.regions(), false, errors);
    List<String> agencies = new ArrayList<>();
    String agencyList = blankToNull(fields.get("agencies"));
    if (agencyList != null) {
      for (String a : agencyList.split("[;,]")) {
        String code = code(a, "agencies", codes.agencies(), false, errors);
        if (code != null && !agencies.contains(code)) {
          agencies.add(code);
        }
      }
    }
    String text = required(fields, "text", errors);
    String name = optional(fields, "reporter_name", MAX_REPORTER, errors);
    String contact = optional(fields, "reporter_contact", MAX_REPORTER, errors);
    List<Map<String, String>> rawEvents =
        events == null ? parseEvents(fields.get("events")) : events;
    List<ImportedEvent> timeline = new ArrayList<>();
    ComplaintStatus status = null;
    if (receivedAt != null) {
      timeline.add(new ImportedEvent(EventType.RECEIVED, receivedAt, null, null));
      status = timeline(rawEvents, receivedAt, agencies, timeline, errors);
    }
    String declared = blankToNull(fields.get("status"));
    if (declared != null && status != null) {
      try {
        ComplaintStatus s = ComplaintStatus.valueOf(declared.trim().toUpperCase(Locale.ROOT));
        if (s != status) {
          errors.add("status", "is " + s + " but the events end in " + status);
        }
      } catch (IllegalArgumentException e) {
        errors.add("status", "unknown status " + declared);
      }
    }
    if (!errors.list.isEmpty()) {
      return new Result(null, List.copyOf(errors.list));
    }
    return new Result(
        new ImportedComplaint(
            system,
            sourceId,
            receivedAt,
            channel,
            category,
            region,
            text,
            name,
            contact,
            timeline,
            status),
        List.of());
  }

  /** Follows the events through the lifecycle; returns the final status, or null on an error. */
  private ComplaintStatus timeline(
      List<Map<String, String>> raw,
      Instant receivedAt,
      List<String> agencies,
      List<ImportedEvent> out,
      Errors errors) {
    int before = errors.list.size();
    List<ImportedEvent> parsed = new ArrayList<>();
    List<Integer> positions = new ArrayList<>(); // each event's place in the file, for errors
    for (int i = 0; i < raw.size(); i++) {
      Map<String, String> e = raw.get(i);
      String field = "events[" + (i + 1) + "]";
      EventType type = null;
      boolean reroute = false;
      String t = blankToNull(e.get("type"));
      if (t == null) {
        errors.add(field + ".type", "is required");
      } else if (t.trim().equalsIgnoreCase(ImportedEvent.REROUTED)) {
        type = EventType.ROUTED;
        reroute = true;
      } else {
        try {
          type = EventType.valueOf(t.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
          errors.add(field + ".type", "unknown event type " + t);
        }
      }
      Instant at = time(e.get("occurred_at"), field + ".occurred_at", true, errors);
      String agency = code(e.get("agency"), field + ".agency", codes.agencies(), false, errors);
      String note = blankToNull(e.get("note"));
      if (note != null && note.length() > MAX_NOTE) {
        errors.add(field + ".note", "is longer than " + MAX_NOTE + " characters");
      }
      if (type != null
          && type.requiresAgency()
          && agency == null
          && blankToNull(e.get("agency")) == null) {
        errors.add(field + ".agency", "is required for a " + type + " event");
      }
      if (type != null && at != null) {
        if (i == 0 && type == EventType.RECEIVED) {
          if (!at.equals(receivedAt)) {
            errors.add(field + ".occurred_at", "a RECEIVED event must be at received_at");
          }
          continue; // the implicit first event, written out
        }
        parsed.add(new ImportedEvent(type, at, agency, note, reroute));
        positions.add(i + 1);
      }
    }
    if (errors.list.size() > before) {
      return null;
    }
    if (!agencies.isEmpty() && parsed.stream().noneMatch(e -> e.type() == EventType.ROUTED)) {
      // A flat export names the agencies but not when they got it: routed on receipt.
      List<ImportedEvent> implied = new ArrayList<>();
      for (String a : agencies) {
        implied.add(new ImportedEvent(EventType.ROUTED, receivedAt, a, null));
      }
      parsed.addAll(0, implied);
      positions.addAll(0, java.util.Collections.nCopies(implied.size(), 0));
    }
    ComplaintStatus status = ComplaintStatus.RECEIVED;
    Instant last = receivedAt;
    for (int i = 0; i < parsed.size(); i++) {
      ImportedEvent e = parsed.get(i);
      String field = positions.get(i) == 0 ? "agencies" : "events[" + positions.get(i) + "]";
      if (e.occurredAt().isBefore(last)) {
        errors.add(
            field + ".occurred_at",
            e.occurredAt()
                + " is before the previous event ("
                + last
                + "); events must be in order");
        return null;
      }
      if (!status.allows(e.type())) {
        errors.add(
            field + ".type",
            "a complaint that is "
                + status
                + " cannot be "
                + e.type()
                + " (allowed from "
                + e.type().allowedFrom()
                + ")");
        return null;
      }
      status = status.after(e.type());
      last = e.occurredAt();
      out.add(e);
    }
    for (String a : agencies) {
      if (out.stream().noneMatch(e -> e.type() == EventType.ROUTED && a.equals(e.agencyCode()))) {
        errors.add("agencies", a + " is listed but no ROUTED event names it");
        return null;
      }
    }
    return status;
  }

  /** The CSV encoding: {@code TYPE TIME [AGENCY]} entries separated by {@code ;}. */
  static List<Map<String, String>> parseEvents(String value) {
    List<Map<String, String>> events = new ArrayList<>();
    if (blankToNull(value) == null) {
      return events;
    }
    for (String entry : value.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.trim().split("\\s+");
      Map<String, String> e = new LinkedHashMap<>();
      e.put("type", parts[0]);
      // A local time has a space between date and time: "2024-03-01 09:30".
      int agencyAt = 2;
      String time = parts.length > 1 ? parts[1] : null;
      if (parts.length > 2 && parts[2].matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
        time = time + " " + parts[2];
        agencyAt = 3;
      }
      e.put("occurred_at", time);
      if (parts.length > agencyAt) {
        e.put("agency", parts[agencyAt]);
      }
      events.add(e);
    }
    return events;
  }

  private Instant time(String value, String field, boolean required, Errors errors) {
    String v = blankToNull(value);
    if (v == null) {
      if (required) {
        errors.add(field, "is required");
      }
      return null;
    }
    Instant at = parseTime(v.trim());
    if (at == null) {
      errors.add(
          field,
          "is not a date and time: "
              + v
              + " (use ISO-8601, e.g. 2024-03-01T09:30:00+07:00, or 2024-03-01 09:30 in WIB)");
      return null;
    }
    if (at.isBefore(EARLIEST)) {
      errors.add(field, v + " is before 2000, the earliest date the portal records");
      return null;
    }
    if (at.isAfter(clock.instant())) {
      errors.add(field, v + " is in the future");
      return null;
    }
    return at;
  }

  private Instant parseTime(String v) {
    try {
      return OffsetDateTime.parse(v).toInstant().truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      // not ISO with an offset; try the local forms
    }
    for (DateTimeFormatter f :
        localPattern == null ? List.of(LOCAL) : List.of(localPattern, LOCAL)) {
      try {
        return LocalDateTime.parse(v, f).atZone(WIB).toInstant().truncatedTo(ChronoUnit.SECONDS);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static IntakeChannel channel(String value, Errors errors) {
    String v = blankToNull(value);
    if (v == null) {
      errors.add("channel", "is required");
      return null;
    }
    try {
      return IntakeChannel.valueOf(
          v.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      errors.add(
          "channel", "unknown channel " + v + " (one of " + List.of(IntakeChannel.values()) + ")");
      return null;
    }
  }

  private static String code(
      String value, String field, java.util.Set<String> known, boolean required, Errors errors) {
    String v = blankToNull(value);
    if (v == null) {
      if (required) {
        errors.add(field, "is required");
      }
      return null;
    }
    v = v.trim();
    if (!known.contains(v)) {
      errors.add(field, "unknown code " + v);
      return null;
    }
    return v;
  }

  private static String required(Map<String, String> fields, String field, Errors errors) {
    String v = blankToNull(fields.get(field));
    if (v == null) {
      errors.add(field, "is required");
      return null;
    }
    return v.strip();
  }

  private static String optional(Map<String, String> fields, String field, int max, Errors errors) {
    String v = blankToNull(fields.get(field));
    if (v != null && v.length() > max) {
      errors.add(field, "is longer than " + max + " characters");
      return null;
    }
    return v == null ? null : v.strip();
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v;
  }

  private static final class Errors {
    private final String file;
    private final long line;
    private final List<RowError> list = new ArrayList<>();

    Errors(String file, long line) {
      this.file = file;
      this.line = line;
    }

    void add(String field, String reason) {
      list.add(new RowError(file, line, field, reason));
    }
  }
}
