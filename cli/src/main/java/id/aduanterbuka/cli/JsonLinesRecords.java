package id.aduanterbuka.cli;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines one object per line: the same field names as the CSV, with {@code events} an
 * array of objects ({@code type}, {@code occurred_at}, {@code agency}, {@code note}) and {@code
 * agencies} a string or an array of codes. Blank lines are skipped.
 */
final class JsonLinesRecords extends JsonLines<SourceRecord> {
  JsonLinesRecords(BufferedReader in) {
    super(in);
  }

  @Override
  protected SourceRecord problem(long line, String problem) {
    return new SourceRecord(line, Map.of(), null, problem);
  }

  @Override
  protected SourceRecord record(long line, JsonObject o) {
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
}
