package id.aduanterbuka.api.intake;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.intake.ComplaintSubmission;
import id.aduanterbuka.intake.EventSubmission;
import id.aduanterbuka.shared.InvalidValueException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Reads intake bodies field by field, so every error names the field ({@code 400}). */
final class IntakeJson {
  private static final Set<String> COMPLAINT_FIELDS =
      Set.of(
          "channel",
          "category",
          "region",
          "receivedAt",
          "text",
          "reporterName",
          "reporterContact",
          "agency",
          "sourceSystem",
          "sourceId");
  private static final Set<String> EVENT_FIELDS = Set.of("type", "occurredAt", "note", "agency");

  private IntakeJson() {}

  static ComplaintSubmission complaint(String body) {
    JsonObject o = object(body, COMPLAINT_FIELDS);
    String agency = string(o, "agency");
    return new ComplaintSubmission(
        enumValue(o, "channel", IntakeChannel.class),
        string(o, "category"),
        string(o, "region"),
        time(o, "receivedAt"),
        string(o, "text"),
        string(o, "reporterName"),
        string(o, "reporterContact"),
        agency == null ? null : AgencyCode.of(agency),
        string(o, "sourceSystem"),
        string(o, "sourceId"));
  }

  static EventSubmission event(String body) {
    JsonObject o = object(body, EVENT_FIELDS);
    String agency = string(o, "agency");
    return new EventSubmission(
        enumValue(o, "type", EventType.class),
        time(o, "occurredAt"),
        string(o, "note"),
        agency == null ? null : AgencyCode.of(agency));
  }

  private static JsonObject object(String body, Set<String> fields) {
    JsonObject o;
    try (var parser = Json.createParser(new StringReader(body == null ? "" : body))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        // JsonReader.readValue stops after the first value and ignores what follows.
        throw new InvalidValueException("body", "the body has text after its JSON value.");
      }
      if (!(value instanceof JsonObject object)) {
        throw new InvalidValueException("body", "the body must be a JSON object.");
      }
      o = object;
    } catch (JsonException e) {
      throw new InvalidValueException("body", "the body is not valid JSON.");
    } catch (InvalidValueException e) {
      throw e;
    } catch (RuntimeException e) {
      // The parser's own limits (nesting depth, digits in a number) throw other runtime
      // exceptions; each still means a body we will not read, not a server fault.
      throw new InvalidValueException("body", "the body is not valid JSON within our limits.");
    }
    for (String name : o.keySet()) {
      if (!fields.contains(name)) {
        throw new InvalidValueException(
            name, "unknown field '" + name + "'; known fields: " + fields + ".");
      }
    }
    return o;
  }

  private static String string(JsonObject o, String field) {
    JsonValue value = o.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw new InvalidValueException(field, field + " must be a string.");
    }
    if (s.getString().indexOf('\0') >= 0) {
      // PostgreSQL text cannot hold U+0000: refuse it here rather than fail on insert.
      throw new InvalidValueException(field, field + " must not contain a NUL character.");
    }
    return s.getString();
  }

  private static <E extends Enum<E>> E enumValue(JsonObject o, String field, Class<E> type) {
    String value = string(o, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          field,
          "'"
              + value
              + "' is not a valid "
              + field
              + "; use one of "
              + Arrays.toString(type.getEnumConstants())
              + ".");
    }
  }

  private static OffsetDateTime time(JsonObject o, String field) {
    String value = string(o, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field,
          field
              + " '"
              + value
              + "' is not an ISO 8601 time with offset, e.g. 2026-11-20T08:15:00+07:00.");
    }
  }
}
