package id.aduanterbuka.cli;

import id.aduanterbuka.ingest.ComplaintRowValidator;
import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.ingest.ImportedComplaint;
import id.aduanterbuka.ingest.RowError;
import id.aduanterbuka.persistence.importing.JdbcComplaintImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code bin/aduan import FILE… [--mapping FILE] [--report FILE] [--source SYSTEM]}: streams CSV or
 * JSON Lines complaint files into the database in batches, one transaction each. Invalid rows go to
 * the error report and never stop the valid ones; a rerun (after a crash, or with a newer export)
 * inserts what is new, updates what changed and leaves the rest alone. See docs/operations.md.
 */
final class ImportCommand {
  static final String USAGE =
      """
      Usage: bin/aduan import FILE… [--mapping MAPPING.properties] [--report errors.csv]
                                    [--source SYSTEM] [--batch N]
        FILE        complaints as CSV (.csv) or JSON Lines (.jsonl, .ndjson); see docs/operations.md
        --mapping   other column names and values (e.g. a LAPOR! export): column.source_id=ID Laporan
        --report    where rejected rows are listed (file, line, field, reason); default
                    import-errors.csv
        --source    the source system of rows without a source_system column
      """;

  static final int DEFAULT_BATCH = 5_000;

  /** Batches read ahead of the one being written: memory stays a few batches whatever the file. */
  private static final int IN_FLIGHT = 2;

  private final JdbcComplaintImport store;
  private final PrintStream out;
  private final PrintStream progress;
  private final Clock clock;

  ImportCommand(JdbcComplaintImport store, PrintStream out, PrintStream progress, Clock clock) {
    this.store = store;
    this.out = out;
    this.progress = progress;
    this.clock = clock;
  }

  ImportSummary run(List<String> args) throws IOException {
    Options.FilesAndOptions line =
        Options.filesAndOptions(args, USAGE, "--mapping", "--report", "--source", "--batch");
    Map<String, String> options = line.options();
    List<Path> files = line.readableFiles(USAGE);
    ColumnMapping mapping =
        options.containsKey("--mapping")
            ? ColumnMapping.load(Path.of(options.get("--mapping")))
            : ColumnMapping.IDENTITY;
    String source = options.getOrDefault("--source", mapping.sourceSystem());
    int batchSize = Options.integer(options, "--batch", DEFAULT_BATCH);
    if (batchSize < 1) {
      throw new IllegalArgumentException("--batch must be at least 1");
    }
    Path reportPath = Path.of(options.getOrDefault("--report", "import-errors.csv"));
    // Facts a killed run committed rows for but never refreshed.
    store.refreshOutdatedFacts();
    ComplaintRowValidator validator =
        new ComplaintRowValidator(store.knownCodes(), source, mapping.dateTimePattern(), clock);
    ImportSummary total = ImportSummary.NONE;
    try (ErrorReport report = new ErrorReport(reportPath);
        Pipeline pipeline = new Pipeline(store)) {
      for (Path file : files) {
        total = total.plus(importFile(file, mapping, validator, batchSize, report, pipeline));
      }
    }
    long started = System.nanoTime();
    progress.print("Updating statistics… ");
    progress.flush();
    int refreshed = store.refreshOutdatedFacts();
    progress.printf(
        Locale.ROOT, "%,d complaints in %.1f s%n", refreshed, (System.nanoTime() - started) / 1e9);
    out.printf(
        Locale.ROOT,
        "Imported %,d rows: %,d inserted, %,d updated, %,d unchanged, %,d rejected%s%n",
        total.rows(),
        total.inserted(),
        total.updated(),
        total.unchanged(),
        total.rejected(),
        total.rejected() == 0 ? "." : " (see " + reportPath + ").");
    return total;
  }

  private ImportSummary importFile(
      Path file,
      ColumnMapping mapping,
      ComplaintRowValidator validator,
      int batchSize,
      ErrorReport report,
      Pipeline pipeline)
      throws IOException {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean jsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    long size = Files.size(file);
    ImportProgress bar = new ImportProgress(progress, file.getFileName().toString(), size);
    ImportSummary summary = ImportSummary.NONE;
    long rejected = 0;
    try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16)) {
      Iterator<SourceRecord> records =
          jsonLines ? new JsonLinesRecords(reader) : new CsvRecords(reader);
      List<ImportedComplaint> batch = new ArrayList<>(batchSize);
      long rows = 0;
      while (records.hasNext()) {
        SourceRecord record = records.next();
        rows++;
        if (record.problem() != null) {
          report.write(new RowError(name, record.line(), "", record.problem()));
          rejected++;
        } else {
          ComplaintRowValidator.Result result =
              validator.validate(
                  name, record.line(), mapping.apply(record.fields()), record.events());
          if (result.valid()) {
            batch.add(result.complaint());
          } else {
            for (RowError e : result.errors()) {
              report.write(
                  new RowError(e.file(), e.line(), mapping.columnOf(e.field()), e.reason()));
            }
            rejected++;
          }
        }
        if (batch.size() >= batchSize) {
          summary = summary.plus(pipeline.submit(batch));
          batch = new ArrayList<>(batchSize);
        }
        bar.update(rows, counting.count());
      }
      if (!batch.isEmpty()) {
        summary = summary.plus(pipeline.submit(batch));
      }
      summary = summary.plus(pipeline.drain());
      bar.finish(rows);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    report.flush();
    return summary.plus(new ImportSummary(0, 0, 0, rejected));
  }

  /**
   * Overlaps the three stages of an import: this thread parses and validates, one thread looks up
   * and redacts (on all cores) the next batch, one writes the batch before it. Batches are written
   * in file order; at most {@link #IN_FLIGHT} wait, so memory stays bounded. The first failure
   * stops the import: later batches are not written (a rerun completes the file).
   */
  private static final class Pipeline implements AutoCloseable {
    private final JdbcComplaintImport store;
    private final ExecutorService preparer = single("import-prepare");
    private final ExecutorService writer = single("import-write");
    private final Deque<CompletableFuture<ImportSummary>> inFlight = new ArrayDeque<>();
    private volatile boolean failed;

    Pipeline(JdbcComplaintImport store) {
      this.store = store;
    }

    /** Queues {@code batch}; returns the summaries of the batches written meanwhile. */
    ImportSummary submit(List<ImportedComplaint> batch) {
      inFlight.add(
          CompletableFuture.supplyAsync(() -> store.prepare(batch), preparer)
              .thenApplyAsync(
                  prepared -> {
                    if (failed) {
                      throw new CancellationException("an earlier batch failed");
                    }
                    try {
                      return store.write(prepared);
                    } catch (RuntimeException e) {
                      failed = true;
                      throw e;
                    }
                  },
                  writer));
      ImportSummary done = ImportSummary.NONE;
      while (inFlight.size() > IN_FLIGHT) {
        done = done.plus(await(inFlight.poll()));
      }
      return done;
    }

    ImportSummary drain() {
      ImportSummary done = ImportSummary.NONE;
      while (!inFlight.isEmpty()) {
        done = done.plus(await(inFlight.poll()));
      }
      return done;
    }

    private ImportSummary await(CompletableFuture<ImportSummary> f) {
      try {
        return f.join();
      } catch (CompletionException e) {
        failed = true;
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }

    @Override
    public void close() {
      failed = true;
      preparer.shutdownNow();
      writer.shutdownNow();
    }

    private static ExecutorService single(String name) {
      return Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
          });
    }
  }
}
