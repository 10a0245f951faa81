package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.cli.EmbeddedDatabase;
import id.aduanterbuka.cli.PayaraMicroProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL fails under a running node with clients reading: stopped, frozen (accepts TCP, never
 * answers) and too slow (a statement over {@code statement_timeout}). Every answer is a 200 or a
 * 503 problem+json with {@code Retry-After}, given quickly; readiness turns 503; everything is
 * answered 200 again within 10 s of the database's return. Its own PostgreSQL and Payara node, not
 * the shared {@link DeployedApplication}, since it stops the database.
 */
class DatabaseOutageIT {
  /** Short, so the timeout test is quick; the production default is 15 s. */
  private static final int STATEMENT_TIMEOUT_MS = 1_500;

  private static final int SOCKET_TIMEOUT_S = 3;

  /** What the clients ask for: lists and searches, figures, the ranking, reference data. */
  private static final List<String> PATHS =
      List.of(
          "/api/v1/complaints?limit=5",
          "/api/v1/complaints?limit=5&q=jalan",
          "/api/v1/statistics",
          "/api/v1/statistics/ranking",
          "/api/v1/agencies?size=5");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static Path work;
  private static int databasePort;
  private static EmbeddedDatabase database;
  private static PayaraMicroProcess payara;

  @BeforeAll
  static void start() throws Exception {
    work =
        Path.of(System.getProperty("aduan.it.workdir", "target/it"))
            .resolveSibling("it-outage")
            .toAbsolutePath();
    DeployedApplication.deleteRecursively(work.resolve("pgdata"));
    databasePort = DeployedApplication.freePort();
    database = EmbeddedDatabase.start(work, databasePort);
    Map<String, String> env = new HashMap<>(database.settings().asEnvironment());
    env.put("ADUAN_DEMO_DATA_ENABLED", "true");
    env.put("ADUAN_DEMO_DATA_COMPLAINTS", "1500");
    env.put("ADUAN_DB_STATEMENT_TIMEOUT_MS", String.valueOf(STATEMENT_TIMEOUT_MS));
    env.put("ADUAN_DB_SOCKET_TIMEOUT_S", String.valueOf(SOCKET_TIMEOUT_S));
    env.put("ADUAN_API_RATE_LIMIT_PER_MINUTE", "1000000");
    payara =
        PayaraMicroProcess.start(
            new PayaraMicroProcess.Options(
                Path.of(System.getProperty("aduan.it.payara")),
                Path.of(System.getProperty("aduan.it.war")),
                DeployedApplication.freePort(),
                "512m",
                8,
                work.resolve("tmp"),
                env,
                work.resolve("payara.log")));
    payara.awaitReady(Duration.ofMinutes(4));
    for (String path : PATHS) {
      assertEquals(200, get(path).status(), path + " answers before any fault");
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (payara != null) {
      payara.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aStatementOverTheTimeoutIsAnswered503WithRetryAfter() throws Exception {
    long loggedBefore = timeoutsLogged();
    try (Connection c = database.settings().dataSource().getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      // The list now waits for this lock until statement_timeout cancels it (SQLSTATE 57014).
      s.execute("LOCK TABLE complaint IN ACCESS EXCLUSIVE MODE");
      Answer answer = get("/api/v1/complaints?limit=5&q=timeout");
      c.rollback();

      assertUnavailable(answer);
      assertTrue(
          answer.millis() >= STATEMENT_TIMEOUT_MS - 100 && answer.millis() < 5_000,
          "cancelled by the statement timeout of " + STATEMENT_TIMEOUT_MS + " ms: " + answer);
    }
    assertEquals(loggedBefore + 1, timeoutsLogged(), "logged as a statement timeout");
    assertEquals(200, get("/api/v1/complaints?limit=5&q=timeout").status());
  }

  @Test
  void aStoppedDatabaseIsAnswered503QuicklyAndRecoveredWithinTenSeconds() throws Exception {
    try (Load load = new Load(4)) {
      load.awaitEveryPathAnswered200Since(System.nanoTime() - 60_000_000_000L);

      long stopped = System.nanoTime();
      database.close();
      long down = System.nanoTime();
      awaitReadiness(503, Duration.ofSeconds(10));
      load.awaitAnswersSince(stopped, 40, Duration.ofSeconds(4));

      // Counted from the start command: conservative, PostgreSQL accepts connections a little
      // later.
      long back = System.nanoTime();
      database = EmbeddedDatabase.start(work, databasePort);
      double recovery = load.awaitEveryPathAnswered200Since(back);
      System.out.printf("stopped database: recovery %.2f s after its start%n", recovery);
      load.stopAndCheck(3_000);

      // Sent once PostgreSQL had stopped (an answer in flight during its shutdown may be a 200).
      List<Answer> lists =
          load.between(down, back).stream()
              .filter(a -> a.path().startsWith("/api/v1/complaints"))
              .toList();
      assertTrue(
          !lists.isEmpty() && lists.stream().allMatch(a -> a.status() == 503),
          "the list needs the database: 503 while it is down " + summary(lists));
      assertTrue(recovery < 10, "everything 200 again within 10 s: " + recovery + " s");
      assertEquals(200, get("/health/ready").status());
    } finally {
      ensureDatabaseRunning();
    }
  }

  @Test
  void aFrozenDatabaseIsAnswered503WithinTheSocketTimeoutAndRecovered() throws Exception {
    List<Long> frozen = new ArrayList<>();
    try (Load load = new Load(4)) {
      load.awaitEveryPathAnswered200Since(System.nanoTime() - 60_000_000_000L);

      long stopped = System.nanoTime();
      frozen.addAll(freezePostgres());
      // Readiness answers within its bound (3 s) although its probe waits for the socket timeout.
      Answer ready = get("/health/ready");
      assertEquals(503, ready.status(), ready.toString());
      assertTrue(ready.millis() < 4_500, "readiness answered within its bound: " + ready);
      awaitReadiness(503, Duration.ofSeconds(20));
      load.awaitAnswersSince(stopped, 20, Duration.ofSeconds(6));

      signal("CONT", frozen);
      frozen.clear();
      long back = System.nanoTime();
      double recovery = load.awaitEveryPathAnswered200Since(back);
      System.out.printf("frozen database: recovery %.2f s after SIGCONT%n", recovery);
      // Worst case seen: the pool's validation (SELECT 1) waits out the socket timeout, then two
      // connection attempts each wait out the socket (or 5 s login) timeout: seconds, not minutes.
      load.stopAndCheck((3 * SOCKET_TIMEOUT_S + 3) * 1_000);

      List<Answer> down = load.between(stopped, back);
      assertTrue(
          down.stream().anyMatch(a -> a.status() == 503), "503 while frozen " + summary(down));
      assertTrue(recovery < 10, "everything 200 again within 10 s: " + recovery + " s");
    } finally {
      signal("CONT", frozen);
    }
  }

  // --- the database

  private static void ensureDatabaseRunning() throws IOException {
    try (Connection c = database.settings().dataSource().getConnection()) {
      c.isValid(2);
    } catch (SQLException down) {
      database = EmbeddedDatabase.start(work, databasePort);
    }
  }

  /** SIGSTOP to the postmaster and every backend: connections are accepted, nothing answers. */
  private static List<Long> freezePostgres() throws IOException, InterruptedException {
    long postmaster =
        Long.parseLong(Files.readAllLines(work.resolve("pgdata/postmaster.pid")).get(0).trim());
    ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
    List<Long> pids = new ArrayList<>();
    pids.add(postmaster);
    handle.descendants().forEach(p -> pids.add(p.pid()));
    signal("STOP", pids);
    return pids;
  }

  private static void signal(String signal, List<Long> pids)
      throws IOException, InterruptedException {
    if (pids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    pids.forEach(p -> command.add(String.valueOf(p)));
    Process kill = new ProcessBuilder(command).inheritIO().start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS), "kill -" + signal);
  }

  // --- HTTP

  record Answer(
      String path, long startedNanos, long millis, int status, String type, String retryAfter) {
    boolean unavailable() {
      return status == 503
          && type.startsWith("application/problem+json")
          && retryAfter.matches("\\d+");
    }
  }

  private static Answer get(String path) throws InterruptedException {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(payara.baseUri().resolve(path))
                  .timeout(Duration.ofSeconds(60))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          path,
          started,
          (System.nanoTime() - started) / 1_000_000,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(""));
    } catch (IOException e) {
      return new Answer(path, started, (System.nanoTime() - started) / 1_000_000, -1, "", "");
    }
  }

  private static void assertUnavailable(Answer answer) {
    assertTrue(answer.unavailable(), "503 problem+json with Retry-After: " + answer);
  }

  private static void awaitReadiness(int status, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (get("/health/ready").status() == status) {
        return;
      }
      pause();
    }
    throw new AssertionError("/health/ready never answered " + status + " within " + within);
  }

  /** Clients asking for {@link #PATHS} in turn, as fast as they are answered. */
  private static final class Load implements AutoCloseable {
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;

    Load(int threads) {
      clients = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        int first = t;
        clients.execute(
            () -> {
              for (int i = first; running.get(); i++) {
                try {
                  answers.add(get(PATHS.get(i % PATHS.size())));
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
      }
    }

    /** Seconds from {@code since} until every path was answered 200 by a request sent after it. */
    double awaitEveryPathAnswered200Since(long since) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        Map<String, Long> firstOk =
            answers.stream()
                .filter(a -> a.startedNanos() >= since && a.status() == 200)
                .collect(
                    Collectors.toMap(
                        Answer::path, a -> a.startedNanos() + a.millis() * 1_000_000, Math::min));
        if (firstOk.keySet().containsAll(PATHS)) {
          return (firstOk.values().stream().max(Long::compare).orElseThrow() - since) / 1e9;
        }
        pause();
      }
      throw new AssertionError("not every path answered 200 within 30 s: " + summary(all()));
    }

    /** Waits until at least {@code count} answers and {@code duration} have passed. */
    void awaitAnswersSince(long since, int count, Duration duration) {
      long until = since + duration.toNanos();
      long deadline = until + Duration.ofSeconds(60).toNanos();
      BooleanSupplier done =
          () ->
              System.nanoTime() >= until
                  && answers.stream().filter(a -> a.startedNanos() >= since).count() >= count;
      while (!done.getAsBoolean()) {
        assertTrue(System.nanoTime() < deadline, "too few answers: " + summary(all()));
        pause();
      }
    }

    List<Answer> between(long from, long to) {
      return answers.stream()
          .filter(a -> a.startedNanos() >= from && a.startedNanos() < to)
          .toList();
    }

    List<Answer> all() {
      return answers.stream().sorted(Comparator.comparingLong(Answer::startedNanos)).toList();
    }

    /** Every answer a 200 or a 503 problem+json with Retry-After, none slower than the bound. */
    void stopAndCheck(long maxMillis) throws InterruptedException {
      close();
      List<Answer> all = all();
      System.out.println("answers: " + summary(all));
      for (Answer a : all) {
        assertTrue(a.status() == 200 || a.unavailable(), "200 or 503 problem+json: " + a);
        assertTrue(a.millis() < maxMillis, "answered within " + maxMillis + " ms: " + a);
      }
      assertFalse(all.isEmpty());
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      clients.shutdown();
      assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS), "clients stopped");
    }
  }

  private static String summary(List<Answer> answers) {
    return answers.size()
        + " answers, by status "
        + answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()))
        + ", slowest "
        + answers.stream().max(Comparator.comparingLong(Answer::millis)).orElse(null);
  }

  private static void pause() {
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
  }

  private static long timeoutsLogged() throws IOException {
    return Files.readAllLines(work.resolve("payara.log")).stream()
        .filter(
            l -> l.contains("Database unavailable (SQLSTATE 57014) answering /api/v1/complaints"))
        .count();
  }
}
