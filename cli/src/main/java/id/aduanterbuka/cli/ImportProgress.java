package id.aduanterbuka.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress line: share of the file read, rows, rows per second and the time left,
 * estimated from the bytes still to read at the rate so far. Redrawn at most five times a second.
 */
final class ImportProgress {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final String name;
  private final long size;
  private final long started = System.nanoTime();
  private long lastDrawn;

  ImportProgress(PrintStream out, String name, long size) {
    this.out = out;
    this.name = name;
    this.size = size;
  }

  void update(long rows, long bytes) {
    long now = System.nanoTime();
    if (now - lastDrawn < 200_000_000L) {
      return;
    }
    lastDrawn = now;
    draw(rows, Math.min(bytes, size), now);
  }

  void finish(long rows) {
    draw(rows, size, System.nanoTime());
    out.println();
    out.flush();
  }

  private void draw(long rows, long bytes, long now) {
    double share = size <= 0 ? 1 : (double) bytes / size;
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    long eta = share <= 0 ? 0 : Math.round(seconds / share - seconds);
    int filled = (int) Math.round(share * WIDTH);
    out.printf(
        Locale.ROOT,
        "\r%-20s [%s%s] %3d%% %,d rows (%,.0f rows/s) ETA %d:%02d:%02d",
        name.length() > 20 ? name.substring(0, 20) : name,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        Math.round(share * 100),
        rows,
        rows / seconds,
        eta / 3600,
        eta / 60 % 60,
        eta % 60);
    out.flush();
  }
}
