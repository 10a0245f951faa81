package id.aduanterbuka.cli;

import id.aduanterbuka.persistence.migration.DatabaseMigrator;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.SeedSummary;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
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
        generate --complaints N   Add N generated complaints (and the reference data on an empty
                 [--seed S]       database) for benchmarks; stop `run` first when using the
                                  embedded database.
        help                      This text.

      Settings (environment): ADUAN_DB_URL, ADUAN_DB_USER, ADUAN_DB_PASSWORD, ADUAN_HOME,
        ADUAN_PORT, ADUAN_HEAP, ADUAN_DEMO_DATA, ADUAN_EMBEDDED_DB_PORT — see README.md.
      """;

  private Main() {}

  public static void main(String[] args) throws Exception {
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
    switch (command) {
      case "run" -> run(settings);
      case "generate" -> generate(settings, options);
      case "help", "--help", "-h" -> System.out.print(USAGE);
      default -> {
        System.err.println("Unknown command '" + command + "'.\n");
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }

  private static void run(CliSettings settings) throws Exception {
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
                settings.home().resolve("tmp"),
                env,
                null));
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

  private static void generate(CliSettings settings, List<String> options) throws Exception {
    int complaints = DemoDataGenerator.DEMO_COMPLAINTS;
    long seed = DemoDataGenerator.DEFAULT_SEED;
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      String value = i + 1 < options.size() ? options.get(i + 1) : null;
      switch (option) {
        case "--complaints" -> complaints = Integer.parseInt(required(option, value));
        case "--seed" -> seed = Long.parseLong(required(option, value));
        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
      }
      i++;
    }
    if (complaints < 0) {
      throw new IllegalArgumentException("--complaints must be 0 or more");
    }
    EmbeddedDatabase embedded = null;
    DatabaseSettings database = settings.externalDatabase();
    if (database == null) {
      embedded = EmbeddedDatabase.start(settings.home(), settings.embeddedDbPort());
      database = embedded.settings();
    }
    try {
      DataSource dataSource = database.dataSource();
      DatabaseMigrator.migrate(dataSource);
      try (Connection c = dataSource.getConnection()) {
        SeedSummary summary =
            new DemoDataGenerator(seed).load(c, complaints, new ConsoleProgressBar(System.out));
        System.out.println("Done: " + summary);
      }
    } catch (SQLException e) {
      System.err.println("Generation failed: " + e.getMessage());
      System.exit(1);
    } finally {
      closeQuietly(embedded);
    }
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
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
