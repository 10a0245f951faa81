package id.aduanterbuka.cli;

import id.aduanterbuka.ingest.ComplaintRowValidator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Maps another system's column names (and values) to the documented ones, from a properties file:
 *
 * <pre>
 * column.source_id=ID Laporan          # the file's column for a documented field
 * value.channel.Aplikasi=MOBILE_APP    # a value of that column, translated
 * value.category.Jalan Rusak=JALAN
 * format.datetime=dd/MM/yyyy HH:mm     # local WIB times written this way
 * source_system=LAPOR                  # the source system of every row
 * </pre>
 *
 * Unmapped documented fields are read from a column of their own name.
 */
final class ColumnMapping {
  static final ColumnMapping IDENTITY =
      new ColumnMapping(ComplaintRowValidator.FIELDS, Map.of(), Map.of(), null, null);

  private final List<String> fields;
  private final Map<String, String> columns;
  private final Map<String, Map<String, String>> values;
  private final String dateTimePattern;
  private final String sourceSystem;

  private ColumnMapping(
      List<String> fields,
      Map<String, String> columns,
      Map<String, Map<String, String>> values,
      String dateTimePattern,
      String sourceSystem) {
    this.fields = fields;
    this.columns = columns;
    this.values = values;
    this.dateTimePattern = dateTimePattern;
    this.sourceSystem = sourceSystem;
  }

  static ColumnMapping load(Path file) throws IOException {
    return load(file, ComplaintRowValidator.FIELDS);
  }

  /** A mapping onto {@code known}, the documented fields of another kind of row. */
  static ColumnMapping load(Path file, List<String> known) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> columns = new LinkedHashMap<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).strip();
      if (key.startsWith("column.")) {
        String field = key.substring("column.".length());
        if (!known.contains(field)) {
          throw new IllegalArgumentException(
              file + ": " + key + " maps to no documented field (one of " + known + ")");
        }
        columns.put(field, value);
      } else if (key.startsWith("value.")) {
        String rest = key.substring("value.".length());
        int dot = rest.indexOf('.');
        if (dot < 0 || !known.contains(rest.substring(0, dot))) {
          throw new IllegalArgumentException(
              file + ": " + key + " should be value.FIELD.SOURCE_VALUE=VALUE");
        }
        values
            .computeIfAbsent(rest.substring(0, dot), k -> new HashMap<>())
            .put(rest.substring(dot + 1), value);
      } else if (!key.equals("format.datetime") && !key.equals("source_system")) {
        throw new IllegalArgumentException(file + ": unknown mapping key " + key);
      }
    }
    return new ColumnMapping(
        known, columns, values, p.getProperty("format.datetime"), p.getProperty("source_system"));
  }

  String dateTimePattern() {
    return dateTimePattern;
  }

  String sourceSystem() {
    return sourceSystem;
  }

  /** The name under which a documented field appears in the file (for the error report). */
  String columnOf(String field) {
    int bracket = field.indexOf('[');
    String base = bracket < 0 ? field : field.substring(0, bracket);
    String column = columns.get(base);
    return column == null ? field : column + (bracket < 0 ? "" : field.substring(bracket));
  }

  /** The record's fields under the documented names, values translated. */
  Map<String, String> apply(Map<String, String> raw) {
    if (columns.isEmpty() && values.isEmpty()) {
      return raw;
    }
    Map<String, String> out = new HashMap<>();
    for (String field : fields) {
      String v = raw.get(columns.getOrDefault(field, field));
      Map<String, String> translate = values.get(field);
      if (v != null && translate != null) {
        v = translate.getOrDefault(v.strip(), v);
      }
      if (v != null) {
        out.put(field, v);
      }
    }
    return out;
  }
}
