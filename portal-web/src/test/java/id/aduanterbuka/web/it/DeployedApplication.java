package id.aduanterbuka.web.it;

import id.aduanterbuka.cli.EmbeddedDatabase;
import id.aduanterbuka.cli.PayaraMicroProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on Payara Micro over a real PostgreSQL, started exactly as {@code bin/aduan run}
 * starts it (same launcher classes), once per test JVM and shared by every integration test.
 */
public final class DeployedApplication {
  private static DeployedApplication instance;

  private final EmbeddedDatabase database;
  private final PayaraMicroProcess payara;
  private final Path log;

  private DeployedApplication(EmbeddedDatabase database, PayaraMicroProcess payara, Path log) {
    this.database = database;
    this.payara = payara;
    this.log = log;
  }

  /** Everything the server logged so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public javax.sql.DataSource dataSource() {
    return database.settings().dataSource();
  }

  public static synchronized DeployedApplication get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
    }
    return instance;
  }

  private static DeployedApplication start() {
    Path work = Path.of(System.getProperty("aduan.it.workdir", "target/it")).toAbsolutePath();
    try {
      deleteRecursively(work.resolve("pgdata"));
      EmbeddedDatabase database = EmbeddedDatabase.start(work, 0);
      Map<String, String> env = new HashMap<>(database.settings().asEnvironment());
      env.put("ADUAN_DEMO_DATA_ENABLED", "true");
      PayaraMicroProcess payara =
          PayaraMicroProcess.start(
              new PayaraMicroProcess.Options(
                  Path.of(System.getProperty("aduan.it.payara")),
                  Path.of(System.getProperty("aduan.it.war")),
                  freePort(),
                  "768m",
                  8,
                  work.resolve("tmp"),
                  env,
                  work.resolve("payara.log")));
      try {
        payara.awaitReady(Duration.ofMinutes(4));
      } catch (IOException | InterruptedException e) {
        payara.close();
        database.close();
        throw new IllegalStateException(
            "Payara Micro did not become ready; see " + work.resolve("payara.log"), e);
      }
      return new DeployedApplication(database, payara, work.resolve("payara.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port nothing listens on now (for a node, nginx…). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Deletes {@code path} and everything under it, if it exists. */
  static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var paths = Files.walk(path)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void stop() {
    payara.close();
    try {
      database.close();
    } catch (IOException e) {
      // the JVM is exiting; target/ is scratch space
    }
  }

  public URI uri(String path) {
    return payara.baseUri().resolve(path);
  }

  /** A count straight from the database, to compare with what the application shows. */
  public long count(String sql) {
    return Long.parseLong(queryText(sql));
  }

  private List<String> identities;

  /**
   * Reporter names and contacts of 40 demo complaints (the restricted table): what no public page
   * or response may contain.
   */
  public synchronized List<String> reporterIdentities() {
    if (identities == null) {
      List<String> found = new ArrayList<>();
      try (Connection c = database.settings().dataSource().getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT reporter_name, reporter_contact FROM complaint_original"
                      + " ORDER BY complaint_id LIMIT 40")) {
        while (rs.next()) {
          for (int i = 1; i <= 2; i++) {
            String v = rs.getString(i);
            if (v != null && v.length() > 5) {
              found.add(v);
            }
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      if (found.isEmpty()) {
        throw new IllegalStateException("the demo data has no reporters to look for");
      }
      identities = List.copyOf(found);
    }
    return identities;
  }

  /** The first column of the first row of {@code sql}, as text. */
  public String queryText(String sql) {
    try (Connection c = database.settings().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
