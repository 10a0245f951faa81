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
 * Reads reference data as JSON Lines, one object per line, keeping arrays as arrays: a list of
 * requirements may hold a {@code ;} that a joined string would split. Arrays of strings become
 * {@link ReferenceRecord#lists()}, arrays of objects (channels) {@link ReferenceRecord#objects()};
 * other values are strings (numbers and booleans as written). Blank lines are skipped.
 */
final class ReferenceJsonLines extends JsonLines<ReferenceRecord> {
  ReferenceJsonLines(BufferedReader in) {
    super(in);
  }

  @Override
  protected ReferenceRecord problem(long line, String problem) {
    return ReferenceRecord.problem(line, problem);
  }

  @Override
  protected ReferenceRecord record(long line, JsonObject o) {
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
}
