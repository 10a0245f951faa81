package id.aduanterbuka.cli;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads JSON Lines: one JSON object per line, blank lines skipped, each line counted so a record
 * knows where it stands. A line that is not a JSON object becomes a problem record, never an
 * exception, so one bad line cannot stop the import.
 */
abstract class JsonLines<T> extends LookAhead<T> {
  private final BufferedReader in;
  private long line;

  JsonLines(BufferedReader in) {
    this.in = in;
  }

  /** The record of a line holding {@code object}. */
  protected abstract T record(long line, JsonObject object);

  /** The record of a line that cannot be read: {@code problem} says why. */
  protected abstract T problem(long line, String problem);

  @Override
  protected final T fetch() {
    try {
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          return parse(text);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private T parse(String text) {
    JsonObject o;
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      o = r.readObject();
    } catch (JsonException | ClassCastException e) {
      return problem(line, "is not a JSON object: " + e.getMessage());
    }
    return record(line, o);
  }

  /** A value as text: strings unquoted, numbers and booleans as written, null as null. */
  static String scalar(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }
}
