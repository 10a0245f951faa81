package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.cli.EmbeddedDatabase;
import id.aduanterbuka.cli.PayaraMicroProcess;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Payara Micro node killed (SIGKILL) in the middle of a burst of intake submissions, and a new
 * node started on the same database while the clients keep retrying, as a bridge would: on a
 * connection error or a 5xx it sends the same request again, with the same Idempotency-Key, until
 * it gets a 2xx. Afterwards every complaint sent is stored exactly once, under the reference its
 * client was given, with its timeline, audit line and statistics facts; nothing answered 2xx is
 * lost and a resend gets the first answer. Its own PostgreSQL and nodes, not the shared {@link
 * DeployedApplication}: killing that one would break every other test.
 */
class IntakeNodeKilledIT {
  private static final int CLIENTS = 8;
  private static final int PER_CLIENT = 30;
  private static final int TOTAL = CLIENTS * PER_CLIENT;
  private static final String SOURCE = "fault-it";
  private static final Duration BOOT = Duration.ofMinutes(3);
  private static final Duration BURST = Duration.ofMinutes(4);
  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Path work =
      Path.of(System.getProperty("aduan.it.workdir", "target/it"))
          .toAbsolutePath()
          .resolveSibling("it-intake-kill");
  private EmbeddedDatabase database;
  private final List<PayaraMicroProcess> nodes = new ArrayList<>();

  /** Where the clients send to: the node a load balancer would route to now. */
  private final AtomicReference<URI> current = new AtomicReference<>();

  /** One complaint as its client sends it, every time. */
  private record Submission(String idempotencyKey, String marker, String body) {}

  /**
   * What the client ended with: the reference of its first 2xx, after how many attempts, and
   * whether that answer came from the idempotency record (an earlier attempt had been written).
   */
  private record Outcome(
      Submission sent, String reference, int status, int attempts, boolean replayed) {}

  @Test
  void aNodeKilledDuringABurstLosesNothingAndDoublesNothing() throws Exception {
    DeployedApplication.deleteRecursively(work.resolve("pgdata"));
    database = EmbeddedDatabase.start(work, 0);
    DataSource db = database.settings().dataSource();
    PayaraMicroProcess first = start("node-1");
    String key =
        new ApiKeys(new JdbcApiKeyStore(db))
            .issue(KeyKind.AGENCY, AgencyCode.of("DPUBMCK-33"), "fault test bridge")
            .token();
    long before = count(db, "SELECT count(*) FROM complaint");

    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    Instant deadline = Instant.now().plus(BURST);
    List<Future<List<Outcome>>> running = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      int client = t;
      running.add(clients.submit(() -> sendAll(client, key, deadline)));
    }

    // Kill the node once a good part of the burst is stored, with the clients still sending, and
    // where a kill hurts most: between a write's commit and its answer. The answer follows the
    // statistics refresh, which takes StatisticsFacts' advisory lock; holding that lock here
    // makes every request that commits wait there, written but unanswered.
    awaitCount(db, MARKED, TOTAL / 4, deadline);
    Set<String> unanswered;
    try (Connection hold = db.getConnection()) {
      hold.setAutoCommit(false);
      try (Statement s = hold.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + STATISTICS_REFRESH_LOCK + ")");
      }
      awaitCount(db, "SELECT count(*) FROM (" + UNREFRESHED + ") u", CLIENTS / 2, deadline);
      killNode(first);
      hold.rollback();
    }
    long committedByFirst = count(db, "SELECT count(*) FROM complaint") - before;
    unanswered = references(db, UNREFRESHED);
    assertTrue(committedByFirst < TOTAL, "killed mid-burst: " + committedByFirst);
    start("node-2");

    List<Outcome> outcomes = new ArrayList<>();
    for (Future<List<Outcome>> f : running) {
      outcomes.addAll(
          f.get(Duration.between(Instant.now(), deadline).toSeconds(), TimeUnit.SECONDS));
    }
    clients.shutdown();

    assertEquals(TOTAL, outcomes.size());
    assertTrue(
        outcomes.stream().anyMatch(o -> o.attempts() > 1),
        "some requests were cut off by the kill and retried");
    for (Outcome o : outcomes) {
      assertEquals(201, o.status(), o.toString());
    }
    // Written by the dead node but never answered: the retry got the first answer, from the record.
    assertTrue(unanswered.size() >= CLIENTS / 2, unanswered.toString());
    for (Outcome o : outcomes) {
      if (unanswered.contains(o.reference())) {
        assertTrue(o.replayed() && o.attempts() > 1, o.toString());
      }
    }
    assertEquals(
        unanswered.size(),
        outcomes.stream().filter(o -> unanswered.contains(o.reference())).count(),
        "each request the dead node wrote but did not answer got its reference on retry");
    System.out.printf(
        "%s: %d of %d stored by the killed node, %d of them unanswered; %d requests retried,"
            + " %d answered from their idempotency record%n",
        getClass().getSimpleName(),
        committedByFirst,
        TOTAL,
        unanswered.size(),
        outcomes.stream().filter(o -> o.attempts() > 1).count(),
        outcomes.stream().filter(Outcome::replayed).count());

    // Every complaint once, under the reference its client was answered.
    Map<String, String> stored = storedReferences(db);
    assertEquals(TOTAL, stored.size(), "complaints stored for the markers sent");
    for (Outcome o : outcomes) {
      assertEquals(o.reference(), stored.get(o.sent().marker()), o.sent().marker());
    }
    assertEquals(
        TOTAL,
        count(
            db,
            "SELECT count(*) FROM complaint_original WHERE original_text LIKE 'Uji gangguan %'"));
    assertEquals(
        TOTAL / 2,
        count(
            db,
            "SELECT count(DISTINCT source_id) FROM complaint WHERE source_system = '"
                + SOURCE
                + "'"));
    assertEquals(TOTAL, count(db, "SELECT count(*) FROM complaint") - before);
    // Each with one timeline, one routing and one audit line: no half and no doubled write.
    assertEquals(2L * TOTAL, count(db, INTAKE_ROWS.formatted("complaint_event")));
    assertEquals(TOTAL, count(db, INTAKE_ROWS.formatted("complaint_routing")));
    assertEquals(
        TOTAL,
        count(
            db,
            "SELECT count(DISTINCT reference) FROM intake_audit"
                + " WHERE action = 'COMPLAINT_SUBMITTED'"));
    assertEquals(TOTAL, count(db, "SELECT count(*) FROM intake_audit"));
    // Statistics: the facts a killed node never refreshed were caught up by the new node's start.
    assertEquals(0, count(db, "SELECT count(*) FROM complaint_fact_stale"));
    assertEquals(
        0,
        count(
            db,
            "SELECT count(*) FROM complaint c WHERE NOT EXISTS"
                + " (SELECT 1 FROM complaint_fact f WHERE f.complaint_id = c.id)"));
    assertEquals(
        0,
        count(
            db,
            "SELECT count(*) FROM complaint_fact f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE f.status <> c.status"));

    // A bridge restarting from an old checkpoint resends everything: the first answers come back,
    // and a sourced complaint sent under a new key is recognised by its source id.
    for (Outcome o : outcomes) {
      HttpResponse<String> again = post(key, o.sent().idempotencyKey(), o.sent().body());
      assertEquals(201, again.statusCode(), again.body());
      assertEquals(
          "true", again.headers().firstValue("Idempotent-Replayed").orElse(""), again.body());
      assertEquals(o.reference(), reference(again.body()));
      if (o.sent().body().contains("\"sourceId\"")) {
        HttpResponse<String> newKey = post(key, o.sent().idempotencyKey() + "-b", o.sent().body());
        assertEquals(200, newKey.statusCode(), newKey.body());
        assertTrue(newKey.body().contains("\"existing\":true"), newKey.body());
        assertEquals(o.reference(), reference(newKey.body()));
      }
    }
    assertEquals(TOTAL, count(db, "SELECT count(*) FROM complaint") - before);
  }

  /** StatisticsFacts' refresh lock (private there): "AduaFact". */
  private static final long STATISTICS_REFRESH_LOCK = 0x4164756146616374L;

  private static final String MARKED =
      "SELECT count(*) FROM complaint_original WHERE original_text LIKE 'Uji gangguan %'";

  /** Complaints committed whose statistics refresh, and so whose answer, has not happened. */
  private static final String UNREFRESHED =
      "SELECT c.reference FROM complaint c WHERE EXISTS (SELECT 1 FROM complaint_fact_stale s"
          + " WHERE s.complaint_id = c.id) OR NOT EXISTS"
          + " (SELECT 1 FROM complaint_fact f WHERE f.complaint_id = c.id)";

  private static final String INTAKE_ROWS =
      "SELECT count(*) FROM %s x JOIN complaint_original o ON o.complaint_id = x.complaint_id"
          + " WHERE o.original_text LIKE 'Uji gangguan %%'";

  // --- the clients ----------------------------------------------------------------------------

  private List<Outcome> sendAll(int client, String key, Instant deadline) throws Exception {
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < PER_CLIENT; i++) {
      String marker = "Uji gangguan C" + client + "-" + i + ".";
      // Half carry a source id (protected for ever), half only the Idempotency-Key.
      String source =
          i % 2 == 0
              ? ",\"sourceSystem\":\"" + SOURCE + "\",\"sourceId\":\"C" + client + "-" + i + "\""
              : "";
      String body =
          "{\"channel\":\"WEB\",\"category\":\"jalan-rusak\",\"region\":\"33.74\",\"text\":\""
              + marker
              + " Jalan berlubang di depan pasar.\""
              + source
              + "}";
      out.add(send(new Submission("fault-" + client + "-" + i, marker, body), key, deadline));
    }
    return out;
  }

  /** Sends until a 2xx, retrying on connection errors and 5xx; a 4xx is final. */
  private Outcome send(Submission s, String key, Instant deadline) throws Exception {
    int attempts = 0;
    while (Instant.now().isBefore(deadline)) {
      attempts++;
      try {
        HttpResponse<String> r = post(key, s.idempotencyKey(), s.body());
        if (r.statusCode() / 100 == 2) {
          return new Outcome(
              s,
              reference(r.body()),
              r.statusCode(),
              attempts,
              r.headers().firstValue("Idempotent-Replayed").isPresent());
        }
        if (r.statusCode() < 500) {
          return new Outcome(s, r.body(), r.statusCode(), attempts, false);
        }
      } catch (IOException cutOffOrRefused) {
        // the node died under the request, or none listens yet: send the same request again
      }
      // A client's pause between retries, as a bridge would make it.
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new IllegalStateException(s.idempotencyKey() + " got no 2xx before the deadline");
  }

  private HttpResponse<String> post(String key, String idempotencyKey, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(current.get().resolve("/api/v1/intake/complaints"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("X-API-Key", key)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String reference(String body) {
    Matcher m = REFERENCE.matcher(body);
    return m.find() ? m.group(1) : "no reference in " + body;
  }

  // --- the nodes -------------------------------------------------------------------------------

  private PayaraMicroProcess start(String name) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(database.settings().asEnvironment());
    env.put("ADUAN_DEMO_DATA_ENABLED", "true");
    // The reference data (agencies, categories, regions) with few complaints: a quicker start.
    env.put("ADUAN_DEMO_DATA_COMPLAINTS", "200");
    env.put("ADUAN_API_RATE_LIMIT_KEY_PER_MINUTE", "100000");
    int port = DeployedApplication.freePort();
    PayaraMicroProcess node =
        PayaraMicroProcess.start(
            new PayaraMicroProcess.Options(
                Path.of(System.getProperty("aduan.it.payara")),
                Path.of(System.getProperty("aduan.it.war")),
                port,
                "512m",
                8,
                work.resolve("tmp-" + name),
                env,
                work.resolve(name + ".log")));
    nodes.add(node);
    try {
      node.awaitReady(BOOT);
    } catch (IOException e) {
      throw new IllegalStateException(
          name + " did not become ready; see " + work.resolve(name + ".log"), e);
    }
    // Ready: a load balancer's health check would now send it traffic.
    current.set(node.baseUri());
    return node;
  }

  /** SIGKILL, as the kernel's OOM killer or a pulled plug would: no shutdown hook runs. */
  private static void killNode(PayaraMicroProcess node) throws InterruptedException {
    String port = String.valueOf(node.baseUri().getPort());
    ProcessHandle payara =
        ProcessHandle.current()
            .children()
            .filter(
                p -> p.info().arguments().map(args -> List.of(args).contains(port)).orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Payara process on port " + port));
    assertTrue(payara.destroyForcibly(), "SIGKILL sent");
    Optional<ProcessHandle> gone =
        Optional.ofNullable(payara.onExit().orTimeout(10, TimeUnit.SECONDS).join());
    assertTrue(gone.isPresent() && !gone.get().isAlive(), "the node is dead");
  }

  private static long awaitCount(DataSource db, String sql, long atLeast, Instant deadline)
      throws Exception {
    long n;
    while ((n = count(db, sql)) < atLeast) {
      if (Instant.now().isAfter(deadline)) {
        fail(sql + " reached only " + n + " before the deadline");
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    return n;
  }

  private static Map<String, String> storedReferences(DataSource db) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT substring(o.original_text FROM '^Uji gangguan C[0-9]+-[0-9]+\\.'),"
                    + " c.reference FROM complaint_original o"
                    + " JOIN complaint c ON c.id = o.complaint_id"
                    + " WHERE o.original_text LIKE 'Uji gangguan %'")) {
      while (rs.next()) {
        if (out.put(rs.getString(1), rs.getString(2)) != null) {
          fail(rs.getString(1) + " is stored twice");
        }
      }
    }
    return out;
  }

  private static Set<String> references(DataSource db, String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static long count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @AfterEach
  void stop() throws IOException {
    nodes.forEach(PayaraMicroProcess::close);
    if (database != null) {
      database.close();
    }
  }
}
