package id.aduanterbuka.cli;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.backup.DatabaseBackup;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import id.aduanterbuka.persistence.importing.JdbcComplaintImport;
import id.aduanterbuka.persistence.importing.JdbcReferenceImport;
import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import id.aduanterbuka.persistence.privacy.JdbcRedactionStore;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.SeedSummary;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.privacy.PublicationGate;
import id.aduanterbuka.privacy.Redactor;
import id.aduanterbuka.shared.NotFoundException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** {@code bin/aduan COMMAND [options]}. */
public final class Main {
  private static final String USAGE =
      """
      Usage: bin/aduan COMMAND [options]

      Commands:
        run                       Start the portal and API at http://localhost:8080/
                                  (embedded PostgreSQL unless ADUAN_DB_URL is set; Ctrl-C stops all)
        run --cluster             Start this node of a cluster: needs ADUAN_DB_URL (one PostgreSQL
                                  for all nodes) and ADUAN_CLUSTER_MEMBERS (docs/deployment.md).
        generate --complaints N   Add N generated complaints (and the reference data on an empty
                 [--seed S]       database) for benchmarks; stop `run` first when using the
                                  embedded database.
        redact                    Redact JSON Lines from stdin to stdout: each object needs "text";
                                  "redacted", "entities" and "residualRisks" are added.
        review list|show|approve|edit|withhold …
                                  The publication gate's review queue (bin/aduan review for help).
        review photos list|show|approve|reject …
                                  Submitted before/after photos: nothing is published before an
                                  operator approves it (bin/aduan review photos for help).
        redact-all                Redact every stored complaint again with the current rules,
                                  keeping operators' review decisions.
        import FILE… [--mapping M] [--report R] [--source S]
                                  Load complaints with their timelines from CSV or JSON Lines;
                                  re-importing updates, never duplicates (docs/operations.md).
        import --kind regions|agencies|categories|mpps|mpp-services FILE… [--mapping M]
                 [--report R]     Load reference data by code: regions, agencies with their
                                  channels, categories, MPPs, MPP services (in that order,
                                  before complaints); re-importing updates, never deletes.
        keys create|list|revoke …
                                  API keys for agencies, operators and readers, each with its own
                                  rate limit (bin/aduan keys for help). A new key is shown once.
        database                  Only the embedded PostgreSQL, for `run --cluster` nodes on
                                  this machine (prints the ADUAN_DB_URL to give them).
        backup FILE               Write the whole database (photos, API keys included) to FILE;
                                  the portal may keep running (docs/deployment.md).
        restore FILE [--replace]  Load a backup into an empty database (or overwrite one with
                                  --replace), then migrate it to this release.
        benchmark-statistics [--queries N] [--refresh false]
                                  Refresh the statistics facts and time the figures queries.
        help                      This text.

      Settings (environment): ADUAN_DB_URL, ADUAN_DB_USER, ADUAN_DB_PASSWORD, ADUAN_HOME,
        ADUAN_PORT, ADUAN_HEAP, ADUAN_HTTP_THREADS, ADUAN_DEMO_DATA, ADUAN_EMBEDDED_DB_PORT,
        ADUAN_API_RATE_LIMIT_PER_MINUTE, ADUAN_API_RATE_LIMIT_KEY_PER_MINUTE,
        ADUAN_PHOTO_MAX_MB, ADUAN_PHOTO_MAX_MEGAPIXELS, ADUAN_CLUSTER_MEMBERS, ADUAN_CLUSTER_NAME,
        ADUAN_CLUSTER_PORT, ADUAN_CLUSTER_INTERFACE, ADUAN_NODE_NAME — see README.md.
      """;

  // Held so the level sticks: Flyway's per-command INFO lines are noise for an operator.
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private Main() {}

  public static void main(String[] args) throws Exception {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    CliSettings settings;
    try {
      settings = CliSettings.from(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    String command = args.length == 0 ? "help" : args[0];
    List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
    try {
      switch (command) {
        case "run" -> run(settings, runCluster(options));
        case "generate" -> generate(settings, options);
        case "redact" -> redact();
        case "review" ->
            withDatabase(
                settings,
                ds -> {
                  if (!options.isEmpty() && options.get(0).equals("photos")) {
                    new PhotoReviewCommand(new EvidencePhotos(new JdbcPhotoStore(ds)), System.out)
                        .run(options.subList(1, options.size()));
                  } else {
                    new ReviewCommand(gate(ds), System.out).run(options);
                  }
                });
        case "benchmark-statistics" ->
            withDatabase(
                settings,
                ds ->
                    new StatisticsBenchmark(ds, System.out)
                        .run(
                            Options.integer(Options.parse(options), "--queries", 200),
                            !"false".equals(Options.parse(options).get("--refresh"))));
        case "keys" ->
            withDatabase(
                settings,
                ds ->
                    new KeysCommand(new ApiKeys(new JdbcApiKeyStore(ds)), System.out, System.err)
                        .run(options));
        case "import" -> {
          String kind = importKind(options);
          if (kind.equals("complaints")) {
            withDatabase(
                settings,
                ds ->
                    new ImportCommand(
                            new JdbcComplaintImport(ds),
                            System.out,
                            System.err,
                            java.time.Clock.systemUTC())
                        .run(withoutKind(options)));
          } else {
            ReferenceImportCommand.Kind.of(kind); // a typo fails before the database starts
            withDatabase(
                settings,
                ds ->
                    new ReferenceImportCommand(
                            new JdbcReferenceImport(ds),
                            System.out,
                            System.err,
                            java.time.Clock.systemUTC())
                        .run(options));
          }
        }
        case "database" -> database(settings, options);
        case "backup" -> {
          java.nio.file.Path file = BackupCommand.archive(command, options);
          withDatabase(
              settings, ds -> new BackupCommand(new DatabaseBackup(ds), System.out).backup(file));
        }
        case "restore" -> {
          java.nio.file.Path file = BackupCommand.archive(command, options);
          // Not migrated first: the restore builds the schema the backup was taken from.
          withDatabase(
              settings,
              false,
              ds ->
                  new BackupCommand(new DatabaseBackup(ds), System.out)
                      .restore(file, options.contains("--replace")));
        }
        case "redact-all" ->
            withDatabase(settings, ds -> new ReviewCommand(gate(ds), System.out).rerun());
        case "help", "--help", "-h" -> System.out.print(USAGE);
        default ->
            throw new IllegalArgumentException("Unknown command '" + command + "'.\n\n" + USAGE);
      }
    } catch (IllegalArgumentException | NotFoundException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** {@code --kind K} of an import command line; complaints when not given. */
  static String importKind(List<String> args) {
    int at = args.indexOf("--kind");
    if (at < 0) {
      return "complaints";
    }
    if (at + 1 >= args.size()) {
      throw new IllegalArgumentException("--kind needs a value");
    }
    return args.get(at + 1);
  }

  /** The command line without {@code --kind complaints}, as the complaint import takes it. */
  static List<String> withoutKind(List<String> args) {
    int at = args.indexOf("--kind");
    if (at < 0) {
      return args;
    }
    List<String> rest = new java.util.ArrayList<>(args.subList(0, at));
    rest.addAll(args.subList(Math.min(at + 2, args.size()), args.size()));
    return rest;
  }

  private static PublicationGate gate(DataSource dataSource) {
    return new PublicationGate(new JdbcRedactionStore(dataSource), new Redactor());
  }

  /** Work on the configured database (external, or the embedded one started for the command). */
  private static void withDatabase(CliSettings settings, DatabaseWork work) throws Exception {
    withDatabase(settings, true, work);
  }

  private static void withDatabase(CliSettings settings, boolean migrate, DatabaseWork work)
      throws Exception {
    EmbeddedDatabase embedded = null;
    DatabaseSettings database = settings.externalDatabase();
    if (database == null) {
      embedded = EmbeddedDatabase.start(settings.home(), settings.embeddedDbPort());
      database = embedded.settings();
    }
    try {
      DataSource dataSource = database.dataSource();
      if (migrate) {
        DatabaseMigrator.migrate(dataSource);
      }
      work.run(dataSource);
    } finally {
      closeQuietly(embedded);
    }
  }

  private interface DatabaseWork {
    void run(DataSource dataSource) throws Exception;
  }

  /**
   * {@code database}: only the embedded PostgreSQL (data in {@code ADUAN_HOME}), until Ctrl-C, for
   * nodes started with {@code run --cluster} on the same machine (trying a cluster out,
   * benchmarks).
   */
  private static void database(CliSettings settings, List<String> options) throws Exception {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("database takes no options\n" + USAGE);
    }
    if (settings.externalDatabase() != null) {
      throw new IllegalArgumentException(
          "ADUAN_DB_URL is set: that database needs no embedded one");
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.home(), settings.embeddedDbPort());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
    DatabaseSettings db = embedded.settings();
    System.out.println(
        "PostgreSQL is running (data in "
            + settings.home()
            + "/pgdata). For the nodes:\n  export ADUAN_DB_URL="
            + db.url()
            + " ADUAN_DB_USER="
            + db.user()
            + "\nCtrl-C stops it.");
    Thread.currentThread().join();
  }

  /** {@code run} or {@code run --cluster}: the cluster settings, null for a single node. */
  static ClusterSettings runCluster(List<String> options) {
    if (options.isEmpty()) {
      return null;
    }
    if (!options.equals(List.of("--cluster"))) {
      throw new IllegalArgumentException("run takes only --cluster, was " + options + "\n" + USAGE);
    }
    if (System.getenv("ADUAN_DB_URL") == null || System.getenv("ADUAN_DB_URL").isBlank()) {
      throw new IllegalArgumentException(
          "run --cluster needs ADUAN_DB_URL: every node must use the same PostgreSQL");
    }
    return ClusterSettings.from(
        System.getenv(), CliSettings.intValue(System.getenv(), "ADUAN_PORT", 8080));
  }

  private static void run(CliSettings settings, ClusterSettings cluster) throws Exception {
    EmbeddedDatabase embedded = null;
    DatabaseSettings database = settings.externalDatabase();
    if (database == null) {
      System.out.println("Starting embedded PostgreSQL (data in " + settings.home() + "/pgdata)…");
      embedded = EmbeddedDatabase.start(settings.home(), settings.embeddedDbPort());
      database = embedded.settings();
    }
    Map<String, String> env = new HashMap<>(database.asEnvironment());
    env.put("ADUAN_DEMO_DATA_ENABLED", String.valueOf(settings.demoData()));
    PayaraMicroProcess payara =
        PayaraMicroProcess.start(
            new PayaraMicroProcess.Options(
                settings.payaraJar(),
                settings.war(),
                settings.httpPort(),
                settings.heap(),
                settings.httpThreads(),
                settings.home().resolve("tmp"),
                env,
                null,
                cluster));
    EmbeddedDatabase db = embedded;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  payara.close();
                  closeQuietly(db);
                }));
    try {
      payara.awaitReady(Duration.ofMinutes(5));
      System.out.println(
          "\nAduan Terbuka is ready at "
              + payara.baseUri()
              + "  (API: "
              + payara.baseUri()
              + "api/v1/agencies, OpenAPI: "
              + payara.baseUri()
              + "openapi). Ctrl-C stops it.");
    } catch (IOException e) {
      System.err.println(e.getMessage());
    }
    System.exit(payara.waitFor());
  }

  private static void generate(CliSettings settings, List<String> args) throws Exception {
    Map<String, String> options = Options.parse(args);
    int complaints = Options.integer(options, "--complaints", DemoDataGenerator.DEMO_COMPLAINTS);
    long seed = Long.parseLong(options.getOrDefault("--seed", "" + DemoDataGenerator.DEFAULT_SEED));
    options.keySet().stream()
        .filter(k -> !k.equals("--complaints") && !k.equals("--seed"))
        .findFirst()
        .ifPresent(
            k -> {
              throw new IllegalArgumentException("unknown option " + k + "\n" + USAGE);
            });
    if (complaints < 0) {
      throw new IllegalArgumentException("--complaints must be 0 or more");
    }
    withDatabase(
        settings,
        dataSource -> {
          try (Connection c = dataSource.getConnection()) {
            SeedSummary summary =
                new DemoDataGenerator(seed).load(c, complaints, new ConsoleProgressBar(System.out));
            System.out.println("Done: " + summary);
          }
          long started = System.nanoTime();
          System.out.println("Updating the statistics (facts and rollups)…");
          int updated = new StatisticsFacts(dataSource).refreshOutdated();
          System.out.printf(
              java.util.Locale.ROOT,
              "Statistics updated for %,d complaints in %.1f s%n",
              updated,
              (System.nanoTime() - started) / 1e9);
        });
  }

  private static void redact() throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    RedactCommand.Result result = new RedactCommand(new Redactor()).run(in, out);
    RedactCommand.report(result, System.err);
    if (result.errors() > 0) {
      System.exit(1);
    }
  }

  private static void closeQuietly(EmbeddedDatabase db) {
    if (db == null) {
      return;
    }
    try {
      db.close();
    } catch (IOException e) {
      System.err.println("Could not stop embedded PostgreSQL cleanly: " + e.getMessage());
    }
  }
}
