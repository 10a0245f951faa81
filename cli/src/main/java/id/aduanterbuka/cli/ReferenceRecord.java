package id.aduanterbuka.cli;

import java.util.List;
import java.util.Map;

/**
 * One record of a reference-data file before validation, under the file's own field names: scalar
 * fields, and (JSON Lines only) arrays of strings and of objects. A record that cannot even be
 * parsed carries {@code problem} instead.
 */
record ReferenceRecord(
    long line,
    Map<String, String> fields,
    Map<String, List<String>> lists,
    Map<String, List<Map<String, String>>> objects,
    String problem) {
  static ReferenceRecord problem(long line, String problem) {
    return new ReferenceRecord(line, Map.of(), Map.of(), Map.of(), problem);
  }

  /** A CSV record: its fields are all there is. */
  static ReferenceRecord of(SourceRecord csv) {
    return new ReferenceRecord(csv.line(), csv.fields(), Map.of(), Map.of(), csv.problem());
  }
}
