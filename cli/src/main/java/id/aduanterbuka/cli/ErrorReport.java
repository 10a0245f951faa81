package id.aduanterbuka.cli;

import id.aduanterbuka.ingest.RowError;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The row-level report of an import: a CSV file with one line per problem, {@code
 * file,line,field,reason}, where {@code field} is named as in the imported file.
 */
final class ErrorReport implements Closeable {
  private final Writer out;

  ErrorReport(Path path) throws IOException {
    out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    out.write("file,line,field,reason\n");
  }

  void write(RowError e) throws IOException {
    out.write(csv(e.file()) + "," + e.line() + "," + csv(e.field()) + "," + csv(e.reason()) + "\n");
  }

  void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  static String csv(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
