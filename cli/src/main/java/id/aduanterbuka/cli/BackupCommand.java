package id.aduanterbuka.cli;

import id.aduanterbuka.persistence.backup.DatabaseBackup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/aduan backup FILE} and {@code bin/aduan restore FILE [--replace]}: the whole database
 * (photos and restricted originals included) to and from one archive.
 */
final class BackupCommand {
  static final String USAGE =
      """
      Usage: bin/aduan backup FILE            Write the whole database to FILE (a consistent
                                              snapshot; the portal may keep running).
             bin/aduan restore FILE [--replace]
                                              Load FILE into the database (empty, or --replace to
                                              overwrite its data), then migrate to this release.
      """;

  private final DatabaseBackup backup;
  private final PrintStream out;

  BackupCommand(DatabaseBackup backup, PrintStream out) {
    this.backup = backup;
    this.out = out;
  }

  /** Checks the command line before any database is started. */
  static Path archive(String command, List<String> args) {
    boolean restore = command.equals("restore");
    List<String> rest = args.stream().filter(a -> !(restore && a.equals("--replace"))).toList();
    if (rest.size() != 1 || rest.get(0).startsWith("--")) {
      throw new IllegalArgumentException(USAGE);
    }
    Path file = Path.of(rest.get(0));
    if (restore && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no backup file " + file);
    }
    return file;
  }

  void backup(Path file) throws IOException, SQLException {
    long started = System.nanoTime();
    DatabaseBackup.Summary summary = backup.backup(file);
    out.printf(
        Locale.ROOT,
        "Backed up %,d rows of %d tables (schema version %s) to %s: %,d bytes in %.1f s%n",
        summary.totalRows(),
        summary.rows().size(),
        summary.schemaVersion(),
        file,
        Files.size(file),
        (System.nanoTime() - started) / 1e9);
  }

  void restore(Path file, boolean replace) throws IOException, SQLException {
    long started = System.nanoTime();
    DatabaseBackup.Summary summary;
    try {
      summary = backup.restore(file, replace);
    } catch (IllegalStateException e) {
      // A refusal the operator can act on (data present, newer schema): a message, not a trace.
      throw new IllegalArgumentException("Not restored: " + e.getMessage(), e);
    }
    out.printf(
        Locale.ROOT,
        "Restored %,d rows of %d tables (%,d complaints, %,d photos, %,d API keys) from %s"
            + " (schema version %s, migrated to this release) in %.1f s%n",
        summary.totalRows(),
        summary.rows().size(),
        summary.rows().getOrDefault("complaint", 0L),
        summary.rows().getOrDefault("photo", 0L),
        summary.rows().getOrDefault("api_key", 0L),
        file,
        summary.schemaVersion(),
        (System.nanoTime() - started) / 1e9);
  }
}
