package id.aduanterbuka.persistence.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the pipe-separated tables the reference lists are written in. Tables keep long lists of
 * real names one line per entry, which the Java formatter would otherwise spread over pages.
 */
final class TextTable {
  private TextTable() {}

  /** The rows of {@code block}: non-blank lines not starting with {@code #}, cells trimmed. */
  static List<String[]> rows(String block, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : block.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells =
          Arrays.stream(trimmed.split("\\|", -1)).map(String::strip).toArray(String[]::new);
      if (cells.length != columns) {
        throw new IllegalStateException(
            "expected " + columns + " cells but found " + cells.length + " in: " + trimmed);
      }
      out.add(cells);
    }
    return out;
  }

  /** A cell that may be empty, written {@code -}. */
  static String optional(String cell) {
    return cell.equals("-") ? null : cell;
  }

  /** A cell holding a {@code ;}-separated list, {@code -} for none. */
  static List<String> list(String cell) {
    if (cell.equals("-")) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).toList();
  }
}
