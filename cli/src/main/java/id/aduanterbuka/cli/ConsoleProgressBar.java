package id.aduanterbuka.cli;

import id.aduanterbuka.persistence.seed.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal: phase, bar, percentage, count and rate. */
final class ConsoleProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private String lastPhase;

  ConsoleProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onProgress(String phase, long done, long total) {
    if (lastPhase != null && !lastPhase.equals(phase)) {
      out.println();
    }
    lastPhase = phase;
    double share = total <= 0 ? 1 : Math.min(1, (double) done / total);
    int filled = (int) Math.round(share * WIDTH);
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    out.printf(
        Locale.ROOT,
        "\r%-16s [%s%s] %3d%% %,d/%,d (%,.0f/s)",
        phase,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        Math.round(share * 100),
        done,
        total,
        done / seconds);
    if (done >= total) {
      out.println();
      lastPhase = null;
    }
    out.flush();
  }
}
