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
 * Reads reference data as JSON Lines, one object per line, keeping arrays as arrays: a list of
 * requirements may hold a {@code ;} that a joined string would split. Arrays of strings become
 * {@link ReferenceRecord#lists()}, arrays of objects (channels) {@link ReferenceRecord#objects()};
 * other values are strings (numbers and booleans as written). Blank lines are skipped.
 */
final class ReferenceJsonLines implements Iterator<ReferenceRecord> {
  private final BufferedReader in;
  private long line;
  private ReferenceRecord next;

  ReferenceJsonLines(BufferedReader in) {
    this.in = in;
    advance();
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public ReferenceRecord next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    ReferenceRecord r = next;
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

  private static ReferenceRecord parse(long line, String text) {
    JsonObject o;
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      o = r.readObject();
    } catch (JsonException | ClassCastException e) {
      return ReferenceRecord.problem(line, "is not a JSON object: " + e.getMessage());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    Map<String, List<Map<String, String>>> objects = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getValue() instanceof JsonArray array) {
        if (!array.isEmpty() && array.stream().allMatch(v -> v instanceof JsonObject)) {
          List<Map<String, String>> items = new ArrayList<>();
          for (JsonValue v : array) {
            Map<String, String> item = new LinkedHashMap<>();
            v.asJsonObject().forEach((k, iv) -> item.put(k, scalar(iv)));
            items.add(item);
          }
          objects.put(e.getKey(), items);
        } else if (array.stream().anyMatch(v -> v instanceof JsonObject)) {
          return ReferenceRecord.problem(
              line, "\"" + e.getKey() + "\" mixes objects and other values in one array");
        } else {
          List<String> items = new ArrayList<>();
          array.forEach(v -> items.add(scalar(v)));
          lists.put(e.getKey(), items);
        }
      } else if (e.getValue() instanceof JsonObject) {
        return ReferenceRecord.problem(line, "\"" + e.getKey() + "\" is an object, not a value");
      } else {
        fields.put(e.getKey(), scalar(e.getValue()));
      }
    }
    return new ReferenceRecord(line, fields, lists, objects, null);
  }

  private static String scalar(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }
}
