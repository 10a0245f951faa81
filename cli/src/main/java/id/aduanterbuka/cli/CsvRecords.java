package id.aduanterbuka.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RFC 4180 CSV file record by record in constant memory: a header row names the columns;
 * quoted fields may hold commas, doubled quotes and line breaks, so a record's line is the line it
 * starts on. A semicolon-separated file (common in Indonesian spreadsheet exports) is recognised by
 * its header. A record with more fields than the header is reported, not guessed at.
 */
final class CsvRecords extends LookAhead<SourceRecord> {
  private final Reader in;
  private final List<String> header;
  private char separator = ',';
  private long line = 1;
  private int peeked = -2;

  CsvRecords(Reader in) {
    this.in = in;
    List<String> first = readHeader();
    this.header = first;
  }

  List<String> header() {
    return header;
  }

  private List<String> readHeader() {
    // Guess the separator from the first line: whichever of , and ; occurs more outside quotes.
    StringBuilder firstLine = new StringBuilder();
    int c;
    while ((c = read()) != -1 && c != '\n') {
      firstLine.append((char) c);
    }
    String h = firstLine.toString();
    if (h.startsWith("\uFEFF")) {
      h = h.substring(1);
    }
    if (h.chars().filter(ch -> ch == ';').count() > h.chars().filter(ch -> ch == ',').count()) {
      separator = ';';
    }
    line = 2;
    List<String> names = new ArrayList<>();
    for (String name : parseLine(h.endsWith("\r") ? h.substring(0, h.length() - 1) : h)) {
      names.add(name.strip());
    }
    return names;
  }

  private List<String> parseLine(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          f.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == separator) {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(ch);
      }
    }
    out.add(f.toString());
    return out;
  }

  @Override
  protected SourceRecord fetch() {
    while (true) {
      long start = line;
      List<String> values = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int c = read();
      if (c == -1) {
        return null;
      }
      while (true) {
        if (c == -1) {
          if (quoted) {
            return new SourceRecord(start, Map.of(), null, "a quoted field is never closed");
          }
          break;
        }
        char ch = (char) c;
        if (ch == '\n') {
          line++;
        }
        if (quoted) {
          if (ch == '"') {
            int d = peek();
            if (d == '"') {
              read();
              f.append('"');
            } else {
              quoted = false;
            }
          } else {
            f.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
          any = true;
        } else if (ch == separator) {
          values.add(f.toString());
          f.setLength(0);
          any = true;
        } else if (ch == '\n') {
          break;
        } else if (ch != '\r') {
          f.append(ch);
          any = true;
        }
        c = read();
      }
      values.add(f.toString());
      if (!any) {
        continue; // a blank line
      }
      if (values.size() > header.size()) {
        return new SourceRecord(
            start,
            Map.of(),
            null,
            "has " + values.size() + " fields but the header has " + header.size());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        fields.put(header.get(i), values.get(i));
      }
      return new SourceRecord(start, fields, null, null);
    }
  }

  private int read() {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int peek() {
    if (peeked == -2) {
      try {
        peeked = in.read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return peeked;
  }
}
