package id.aduanterbuka.ingest;

import java.util.List;
import java.util.Map;

/**
 * One row of a reference-data import file before validation, under the documented field names:
 * scalar {@code fields} (a CSV list column stays one string, e.g. {@code "MON 08:00-15:00;FRI
 * 08:00-11:00"}), and from JSON Lines the arrays as they were written — {@code lists} of strings
 * and {@code objects} (arrays of objects, such as channels). A field is in at most one of the
 * three.
 *
 * @param line the line the row starts on (1 is the first line of the file, the header of a CSV)
 */
public record SourceRow(
    String file,
    long line,
    Map<String, String> fields,
    Map<String, List<String>> lists,
    Map<String, List<Map<String, String>>> objects) {
  public SourceRow {
    fields = fields == null ? Map.of() : fields;
    lists = lists == null ? Map.of() : lists;
    objects = objects == null ? Map.of() : objects;
  }

  /** A CSV row: every value a string. */
  public static SourceRow of(String file, long line, Map<String, String> fields) {
    return new SourceRow(file, line, fields, Map.of(), Map.of());
  }

  /** True when the file has this field at all (even empty): a list not given is left alone. */
  public boolean has(String field) {
    return fields.containsKey(field) || lists.containsKey(field) || objects.containsKey(field);
  }
}
