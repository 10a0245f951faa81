package id.aduanterbuka.cli;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines one object per line: the same field names as the CSV, with {@code events} an
 * array of objects ({@code type}, {@code occurred_at}, {@code agency}, {@code note}) and {@code
 * agencies} a string or an array of codes. Blank lines are skipped.
 */
final class JsonLinesRecords implements Iterator<SourceRecord> {
  private final BufferedReader in;
  private long line;
  private SourceRecord next;

  JsonLinesRecords(BufferedReader in) {
    this.in = in;
    advance();
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public SourceRecord next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    SourceRecord r = next;
    advance();
    return r;
  }

  private void advance() {
    next = null;
    try {
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          next = parse(line, text);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SourceRecord parse(long line, String text) {
    JsonObject o;
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      o = r.readObject();
    } catch (JsonException | ClassCastException e) {
      return new SourceRecord(line, Map.of(), null, "is not a JSON object: " + e.getMessage());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getKey().equals("events") && e.getValue() instanceof JsonArray array) {
        for (JsonValue v : array) {
          Map<String, String> event = new LinkedHashMap<>();
          if (v instanceof JsonObject eo) {
            eo.forEach((k, ev) -> event.put(k, scalar(ev)));
          }
          events.add(event);
        }
      } else if (e.getValue() instanceof JsonArray array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(scalar(v)));
        fields.put(e.getKey(), String.join(";", parts));
      } else {
        fields.put(e.getKey(), scalar(e.getValue()));
      }
    }
    return new SourceRecord(line, fields, events, null);
  }

  private static String scalar(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }
}
