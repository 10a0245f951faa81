package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.cli.ClusterSettings;
import id.aduanterbuka.cli.EmbeddedDatabase;
import id.aduanterbuka.cli.PayaraMicroProcess;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes of one cluster (Hazelcast TCP/IP members on loopback, a private cluster
 * name and ports) over one PostgreSQL, started as {@code bin/aduan run --cluster} starts them: both
 * serve; a write through one node moves the other's ETags at once (the data version's reuse is set
 * to ten minutes here, so only the cluster event can explain it); a client's rate limit is one
 * limit across both; a scheduled job runs once per time slot, not once per node, and keeps running
 * when a node is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final int LIMIT = 30;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static EmbeddedDatabase database;
  private static Path work;
  private static final List<PayaraMicroProcess> nodes = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() throws Exception {
    work =
        Path.of(System.getProperty("aduan.it.workdir", "target/it"))
            .resolve("cluster")
            .toAbsolutePath();
    DeployedApplication.deleteRecursively(work);
    database = EmbeddedDatabase.start(work, 0);
    int hazelcast = twoFreePorts();
    List<String> members = List.of("127.0.0.1:" + hazelcast, "127.0.0.1:" + (hazelcast + 1));
    String clusterName = "aduan-it-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 2; i++) {
      Map<String, String> env = new HashMap<>(database.settings().asEnvironment());
      env.put("ADUAN_DEMO_DATA_ENABLED", "true");
      env.put("ADUAN_DEMO_DATA_COMPLAINTS", "2000");
      env.put("ADUAN_API_RATE_LIMIT_PER_MINUTE", String.valueOf(LIMIT));
      env.put("ADUAN_API_TRUST_FORWARDED_FOR", "true");
      env.put("ADUAN_DATA_VERSION_REUSE_MS", "600000");
      env.put("ADUAN_JOBS_STATISTICS_SECONDS", "2");
      nodes.add(
          PayaraMicroProcess.start(
              new PayaraMicroProcess.Options(
                  Path.of(System.getProperty("aduan.it.payara")),
                  Path.of(System.getProperty("aduan.it.war")),
                  DeployedApplication.freePort(),
                  "512m",
                  4,
                  work.resolve("tmp-n" + i),
                  env,
                  work.resolve("n" + i + ".log"),
                  new ClusterSettings(clusterName, members, hazelcast, "127.0.0.1", "n" + i))));
    }
    // Both start at once: one loads the demo data, the other waits for it (advisory lock).
    for (PayaraMicroProcess node : nodes) {
      node.awaitReady(Duration.ofMinutes(4));
    }
    String logs =
        Files.readString(work.resolve("n1.log")) + Files.readString(work.resolve("n2.log"));
    assertTrue(logs.contains("DG Size: 2"), "the nodes formed one data grid of two");
  }

  @AfterAll
  static void stop() throws IOException {
    nodes.forEach(PayaraMicroProcess::close);
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
  void bothNodesServeTheSameData() throws Exception {
    HttpResponse<String> one = get(0, "/api/v1/complaints?limit=3", "198.51.100.1");
    HttpResponse<String> two = get(1, "/api/v1/complaints?limit=3", "198.51.100.1");

    assertEquals(200, one.statusCode(), one.body());
    assertEquals(200, two.statusCode(), two.body());
    // the same page, apart from the next link naming the node's own port
    String next = "\"next\":\"[^\"]*\"";
    assertEquals(one.body().replaceAll(next, ""), two.body().replaceAll(next, ""));
    // the same data version in both ETags (their last part digests the URL, port included)
    String version = "-[0-9a-f]+\"$";
    assertEquals(
        one.headers().firstValue("ETag").orElseThrow().replaceAll(version, ""),
        two.headers().firstValue("ETag").orElseThrow().replaceAll(version, ""));
    assertEquals(2000, count("SELECT count(*) FROM complaint"), "the demo data was loaded once");
  }

  @Test
  @Order(2)
  void aWriteThroughOneNodeIsSeenAndRevalidatedOnTheOther() throws Exception {
    String path = "/api/v1/complaints?limit=1";
    String before = get(1, path, "198.51.100.2").headers().firstValue("ETag").orElseThrow();
    String token =
        new ApiKeys(new JdbcApiKeyStore(database.settings().dataSource()))
            .issue(KeyKind.OPERATOR, null, "cluster test")
            .token();

    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(nodes.get(0).baseUri().resolve("/api/v1/intake/complaints"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", token)
                .header("Idempotency-Key", "cluster-1")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"channel\":\"WEB\",\"category\":\"jalan-rusak\",\"region\":\"33.74\","
                            + "\"agency\":\"DPUBMCK-33\",\"text\":\"Jalan di depan pasar"
                            + " berlubang dan tergenang air.\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();

    // The version is reused for ten minutes on node 2: only node 1's event can move its ETag.
    awaitTrue(() -> !before.equals(etag(1, path)), "node 2's ETag moves after node 1's write");
    HttpResponse<String> seen =
        get(1, location.substring(location.indexOf("/api/")), "198.51.100.2");
    assertEquals(200, seen.statusCode(), seen.body());
    assertTrue(seen.body().contains("berlubang"), seen.body());
  }

  @Test
  @Order(3)
  void aClientsRateLimitHoldsAcrossBothNodes() throws Exception {
    String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
    int allowed = 0;
    int refused = 0;
    long started = System.nanoTime();
    for (int i = 0; i < 2 * LIMIT; i++) {
      HttpResponse<String> r = get(i % 2, "/api/v1/categories", client);
      if (r.statusCode() == 200) {
        allowed++;
      } else {
        assertEquals(429, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        refused++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // One bucket of LIMIT for both nodes, refilled at LIMIT a minute while the loop ran; two
    // buckets (one per node) would have let all 2 × LIMIT through.
    int refill = (int) Math.ceil(seconds * LIMIT / 60.0);
    assertTrue(allowed <= LIMIT + refill, allowed + " allowed in " + seconds + " s");
    assertTrue(refused >= LIMIT - refill, refused + " refused");
  }

  @Test
  @Order(4)
  void nginxHidesANodeKilledUnderLoad() throws Exception {
    int port = DeployedApplication.freePort();
    Path conf = work.resolve("nginx.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "worker_processes 1; pid " + work.resolve("nginx.pid") + ";",
            "error_log " + work.resolve("nginx-error.log") + ";",
            "events { worker_connections 256; }",
            "http { access_log off;",
            "  upstream aduan {",
            "    server 127.0.0.1:"
                + nodes.get(0).baseUri().getPort()
                + " max_fails=1 fail_timeout=10s;",
            "    server 127.0.0.1:"
                + nodes.get(1).baseUri().getPort()
                + " max_fails=1 fail_timeout=10s;",
            "    keepalive 16; }",
            "  server { listen 127.0.0.1:" + port + ";",
            "    location / { proxy_pass http://aduan; proxy_http_version 1.1;",
            "      proxy_set_header Connection \"\"; proxy_connect_timeout 1s;",
            "      proxy_set_header X-Forwarded-For $http_x_forwarded_for;",
            "      proxy_next_upstream error timeout http_502 http_503 http_504;",
            "      proxy_next_upstream_tries 2; } } }",
            ""));
    Process nginx =
        new ProcessBuilder(
                "nginx",
                "-e",
                work.resolve("nginx-error.log").toString(),
                "-p",
                work.toString(),
                "-c",
                conf.toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("nginx.out").toFile())
            .start();
    try {
      URI balanced = URI.create("http://127.0.0.1:" + port + "/api/v1/categories");
      awaitTrue(() -> status(balanced) == 200, "nginx answers");
      ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      AtomicInteger afterKill = new AtomicInteger();
      AtomicBoolean killed = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> clients = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        clients.add(
            startThread(
                () -> {
                  while (!stop.get()) {
                    int code = status(balanced);
                    statuses.computeIfAbsent(code, k -> new AtomicInteger()).incrementAndGet();
                    if (killed.get()) {
                      afterKill.incrementAndGet();
                    }
                  }
                }));
      }
      awaitTrue(() -> total(statuses) >= 100, "load runs through both nodes");
      nodes.get(0).kill();
      killed.set(true);
      awaitTrue(() -> afterKill.get() >= 300, "load goes on after the kill");
      stop.set(true);
      for (Thread client : clients) {
        client.join();
      }

      assertEquals(
          Set.of(200),
          statuses.keySet(),
          "every answer through nginx was 200 (status → count: " + statuses + ")");
    } finally {
      nginx.destroy();
      nginx.waitFor();
    }
  }

  private static Thread startThread(Runnable work) {
    Thread thread = new Thread(work, "cluster-it-client");
    thread.start();
    return thread;
  }

  private static long total(Map<Integer, AtomicInteger> statuses) {
    return statuses.values().stream().mapToLong(AtomicInteger::get).sum();
  }

  /**
   * The status of a GET from a client of its own (no rate limit shared with others), 0 on error.
   */
  private static int status(URI uri) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri)
                  .header(
                      "X-Forwarded-For",
                      "10.9."
                          + ThreadLocalRandom.current().nextInt(256)
                          + "."
                          + ThreadLocalRandom.current().nextInt(256))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  @Test
  @Order(5)
  void aScheduledJobRunsOncePerSlotAndSurvivesANode() throws Exception {
    long complaint = count("SELECT min(id) FROM complaint");
    execute("DELETE FROM complaint_fact WHERE complaint_id = " + complaint);

    // The catch-up job (every 2 s here) restores the missing facts, on one node per slot.
    awaitTrue(
        () -> count("SELECT count(*) FROM complaint_fact WHERE complaint_id = " + complaint) == 1,
        "the statistics job restored the facts");
    awaitTrue(
        () ->
            count("SELECT count(DISTINCT slot) FROM job_run WHERE job = 'statistics-catch-up'")
                >= 4,
        "four slots ran");
    assertEquals(
        count("SELECT count(DISTINCT slot) FROM job_run WHERE job = 'statistics-catch-up'"),
        count("SELECT count(*) FROM job_run WHERE job = 'statistics-catch-up'"),
        "each slot ran on one node only");

    // Node 1 was killed (no shutdown) in the test before: node 2 runs every slot now.
    long lastSlot = count("SELECT max(slot) FROM job_run WHERE job = 'statistics-catch-up'");
    assertEquals(200, get(1, "/api/v1/categories", "198.51.100.3").statusCode());
    awaitTrue(
        () ->
            count(
                    "SELECT count(*) FROM job_run WHERE job = 'statistics-catch-up'"
                        + " AND node = 'n2' AND slot > "
                        + (lastSlot + 1))
                >= 2,
        "node 2 runs the job's slots after node 1 died");
    assertEquals(
        count("SELECT count(DISTINCT slot) FROM job_run WHERE job = 'statistics-catch-up'"),
        count("SELECT count(*) FROM job_run WHERE job = 'statistics-catch-up'"),
        "still one run per slot");
  }

  private static String etag(int node, String path) {
    try {
      return get(node, path, "198.51.100.2").headers().firstValue("ETag").orElseThrow();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> get(int node, String path, String client)
      throws IOException, InterruptedException {
    URI uri = nodes.get(node).baseUri().resolve(path);
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header("X-Forwarded-For", client)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    Awaitility.await(what)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(condition::getAsBoolean);
  }

  private static long count(String sql) {
    try (Connection c = database.settings().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = database.settings().dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A port whose next one is free too: Hazelcast's members here are port and port + 1. */
  private static int twoFreePorts() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(30_000, 60_000);
      try (ServerSocket a = new ServerSocket(port);
          ServerSocket b = new ServerSocket(port + 1)) {
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IllegalStateException("no two consecutive free ports");
  }
}
