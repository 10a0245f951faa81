package id.aduanterbuka.cli;

import id.aduanterbuka.ingest.AgencyRowValidator;
import id.aduanterbuka.ingest.CategoryRowValidator;
import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.ingest.ImportedAgency;
import id.aduanterbuka.ingest.ImportedCategory;
import id.aduanterbuka.ingest.ImportedMpp;
import id.aduanterbuka.ingest.ImportedMppService;
import id.aduanterbuka.ingest.ImportedRegion;
import id.aduanterbuka.ingest.MppRowValidator;
import id.aduanterbuka.ingest.MppServiceRowValidator;
import id.aduanterbuka.ingest.ReferenceCodes;
import id.aduanterbuka.ingest.RegionRowValidator;
import id.aduanterbuka.ingest.RowError;
import id.aduanterbuka.ingest.RowResult;
import id.aduanterbuka.ingest.SourceRow;
import id.aduanterbuka.ingest.ValidRow;
import id.aduanterbuka.persistence.importing.JdbcReferenceImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code bin/aduan import --kind regions|agencies|categories|mpps|mpp-services FILE…}: loads
 * reference data from CSV or JSON Lines. Every row is checked first; invalid rows go to the same
 * row-level report as complaints' and never stop the valid ones, which are then written in one
 * transaction by their {@code code}: same as stored → unchanged, different → updated, new →
 * inserted. Files are small (thousands of rows), so all rows of a run are read before anything is
 * written; that is what lets an agency come before its parent. See docs/operations.md, "Reference
 * data".
 */
final class ReferenceImportCommand {
  static final String USAGE =
      """
      Usage: bin/aduan import --kind regions|agencies|categories|mpps|mpp-services FILE…
                              [--mapping MAPPING.properties] [--report errors.csv]
        --kind      what the files hold (default: complaints, see bin/aduan import);
                    import in this order: regions (unless the demo's are yours), agencies,
                    categories, mpps, mpp-services, complaints
        FILE        CSV (.csv) or JSON Lines (.jsonl, .ndjson); columns in docs/operations.md
        --mapping   other column names and values: column.name_id=Nama Kategori
        --report    where rejected rows are listed (file, line, field, reason); default
                    import-errors.csv
      """;

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** The kinds of reference data, by the name {@code --kind} takes. */
  enum Kind {
    REGIONS("regions", RegionRowValidator.FIELDS),
    AGENCIES("agencies", AgencyRowValidator.FIELDS),
    CATEGORIES("categories", CategoryRowValidator.FIELDS),
    MPPS("mpps", MppRowValidator.FIELDS),
    MPP_SERVICES("mpp-services", MppServiceRowValidator.FIELDS);

    final String option;
    final List<String> fields;

    Kind(String option, List<String> fields) {
      this.option = option;
      this.fields = fields;
    }

    static Kind of(String option) {
      for (Kind k : values()) {
        if (k.option.equals(option)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown --kind "
              + option
              + " (complaints, regions, agencies, categories, mpps, mpp-services)");
    }
  }

  private final JdbcReferenceImport store;
  private final PrintStream out;
  private final PrintStream progress;
  private final Clock clock;

  ReferenceImportCommand(
      JdbcReferenceImport store, PrintStream out, PrintStream progress, Clock clock) {
    this.store = store;
    this.out = out;
    this.progress = progress;
    this.clock = clock;
  }

  ImportSummary run(List<String> args) throws IOException {
    Options.FilesAndOptions line =
        Options.filesAndOptions(args, USAGE, "--kind", "--mapping", "--report");
    Map<String, String> options = line.options();
    if (!options.containsKey("--kind")) {
      throw new IllegalArgumentException("--kind is required\n" + USAGE);
    }
    Kind kind = Kind.of(options.get("--kind"));
    List<Path> files = line.readableFiles(USAGE);
    ColumnMapping mapping =
        options.containsKey("--mapping")
            ? ColumnMapping.load(Path.of(options.get("--mapping")), kind.fields)
            : ColumnMapping.IDENTITY;
    Path reportPath = Path.of(options.getOrDefault("--report", "import-errors.csv"));
    Run run = new Run(files, mapping);
    ReferenceCodes codes = store.knownCodes();
    ImportSummary written =
        switch (kind) {
          case REGIONS -> {
            List<ValidRow<ImportedRegion>> rows =
                run.read(new RegionRowValidator()::validate, ImportedRegion::code);
            RegionRowValidator.Hierarchy h =
                RegionRowValidator.resolveParents(rows, codes.regions());
            h.errors().forEach(run::reject);
            yield store.writeRegions(rows(h.accepted()));
          }
          case AGENCIES -> {
            AgencyRowValidator v =
                new AgencyRowValidator(codes, LocalDate.now(clock.withZone(WIB)));
            List<ValidRow<ImportedAgency>> rows = run.read(v::validate, ImportedAgency::code);
            AgencyRowValidator.Hierarchy h = AgencyRowValidator.resolveParents(rows, codes);
            h.errors().forEach(run::reject);
            yield store.writeAgencies(h.accepted().stream().map(ValidRow::row).toList());
          }
          case CATEGORIES -> {
            CategoryRowValidator v = new CategoryRowValidator(codes);
            yield store.writeCategories(rows(run.read(v::validate, ImportedCategory::code)));
          }
          case MPPS -> {
            MppRowValidator v = new MppRowValidator(codes);
            yield store.writeMpps(rows(run.read(v::validate, ImportedMpp::code)));
          }
          case MPP_SERVICES -> {
            MppServiceRowValidator v = new MppServiceRowValidator(codes);
            yield store.writeServices(rows(run.read(v::validate, ImportedMppService::code)));
          }
        };
    ImportSummary total = written.plus(new ImportSummary(0, 0, 0, run.rejectedRows()));
    try (ErrorReport report = new ErrorReport(reportPath)) {
      for (RowError e : run.errorsInFileOrder()) {
        report.write(new RowError(e.file(), e.line(), mapping.columnOf(e.field()), e.reason()));
      }
    }
    out.printf(
        Locale.ROOT,
        "Imported %,d %s rows: %,d inserted, %,d updated, %,d unchanged, %,d rejected%s%n",
        total.rows(),
        kind.option,
        total.inserted(),
        total.updated(),
        total.unchanged(),
        total.rejected(),
        total.rejected() == 0 ? "." : " (see " + reportPath + ").");
    return total;
  }

  private static <T> List<T> rows(List<ValidRow<T>> valid) {
    return valid.stream().map(ValidRow::row).toList();
  }

  /** One command's files: the rows read so far, and the rejected ones with their errors. */
  private final class Run {
    private final List<Path> files;
    private final ColumnMapping mapping;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Long> rejected = new HashMap<>();

    Run(List<Path> files, ColumnMapping mapping) {
      this.files = files;
      this.mapping = mapping;
    }

    /** Reads and checks every row; a code seen before in this run is rejected. */
    <T> List<ValidRow<T>> read(Function<SourceRow, RowResult<T>> validate, Function<T, String> code)
        throws IOException {
      Map<String, ValidRow<T>> byCode = new LinkedHashMap<>();
      for (Path file : files) {
        String name = file.toString();
        ImportProgress bar =
            new ImportProgress(progress, file.getFileName().toString(), size(file));
        long rows = 0;
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
            BufferedReader reader =
                new BufferedReader(
                    new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16)) {
          Iterator<ReferenceRecord> records = records(name, reader);
          while (records.hasNext()) {
            ReferenceRecord record = records.next();
            rows++;
            if (record.problem() != null) {
              reject(new RowError(name, record.line(), "", record.problem()));
            } else {
              RowResult<T> result = validate.apply(row(name, record));
              if (!result.valid()) {
                result.errors().forEach(this::reject);
              } else {
                T value = result.value();
                ValidRow<T> earlier = byCode.get(code.apply(value));
                if (earlier != null) {
                  reject(
                      new RowError(
                          name,
                          record.line(),
                          "code",
                          code.apply(value)
                              + " is already on line "
                              + earlier.line()
                              + (earlier.file().equals(name) ? "" : " of " + earlier.file())
                              + "; a code may appear once per import"));
                } else {
                  byCode.put(code.apply(value), new ValidRow<>(name, record.line(), value));
                }
              }
            }
            bar.update(rows, counting.count());
          }
          bar.finish(rows);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      return new ArrayList<>(byCode.values());
    }

    private Iterator<ReferenceRecord> records(String name, BufferedReader reader) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        return new ReferenceJsonLines(reader);
      }
      CsvRecords csv = new CsvRecords(reader);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return csv.hasNext();
        }

        @Override
        public ReferenceRecord next() {
          return ReferenceRecord.of(csv.next());
        }
      };
    }

    /** The record under the documented field names (a mapping renames and translates). */
    private SourceRow row(String file, ReferenceRecord r) {
      Map<String, List<String>> lists = new LinkedHashMap<>();
      Map<String, List<Map<String, String>>> objects = new LinkedHashMap<>();
      for (String field : mappingFields()) {
        String column = mapping.columnOf(field);
        if (r.lists().containsKey(column)) {
          lists.put(field, r.lists().get(column));
        }
        if (r.objects().containsKey(column)) {
          objects.put(field, r.objects().get(column));
        }
      }
      return new SourceRow(file, r.line(), mapping.apply(r.fields()), lists, objects);
    }

    private List<String> mappingFields() {
      return List.of("channels", "opening_hours", "tenants", "mpps", "requirements", "procedure");
    }

    void reject(RowError e) {
      errors.add(e);
      rejected.merge(e.file() + "\n" + e.line(), 1L, Long::sum);
    }

    long rejectedRows() {
      return rejected.size();
    }

    /** Errors by file (in the order given) and line; a row's own errors keep their order. */
    List<RowError> errorsInFileOrder() {
      List<String> order = files.stream().map(Path::toString).toList();
      List<RowError> sorted = new ArrayList<>(errors);
      sorted.sort(
          Comparator.comparingInt((RowError e) -> order.indexOf(e.file()))
              .thenComparingLong(RowError::line));
      return sorted;
    }
  }

  private static long size(Path file) throws IOException {
    return Files.size(file);
  }
}
