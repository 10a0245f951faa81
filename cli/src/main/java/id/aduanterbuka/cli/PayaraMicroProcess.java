package id.aduanterbuka.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the WAR in a child JVM, alone or as one node of a cluster, at context root
 * {@code /}, database settings passed as environment variables (never on the command line, where
 * {@code ps} would show the password).
 */
public final class PayaraMicroProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private PayaraMicroProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * What to start and how. {@code log} null means inherit this terminal; {@code cluster} null means
   * a single node.
   */
  public record Options(
      Path payaraJar,
      Path war,
      int port,
      String heap,
      int httpThreads,
      Path scratch,
      Map<String, String> environment,
      Path log,
      ClusterSettings cluster) {

    /** A single node. */
    public Options(
        Path payaraJar,
        Path war,
        int port,
        String heap,
        int httpThreads,
        Path scratch,
        Map<String, String> environment,
        Path log) {
      this(payaraJar, war, port, heap, httpThreads, scratch, environment, log, null);
    }
  }

  public static PayaraMicroProcess start(Options options) throws IOException {
    for (Path required : List.of(options.payaraJar(), options.war())) {
      if (!Files.isRegularFile(required)) {
        throw new IOException(required + " is missing: build with ./mvnw -DskipTests package");
      }
    }
    Files.createDirectories(options.scratch());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + options.heap());
    command.add("-Djava.io.tmpdir=" + options.scratch());
    command.add("-jar");
    command.add(options.payaraJar().toString());
    command.addAll(gridArguments(options.cluster()));
    command.addAll(
        List.of(
            "--port",
            String.valueOf(options.port()),
            "--contextroot",
            "/",
            "--deploy",
            options.war().toString()));
    command.addAll(
        List.of(
            "--prebootcommandfile",
            preBoot(options, System.getenv("ADUAN_PAYARA_PREBOOT")).toString()));
    String postBoot = System.getenv("ADUAN_PAYARA_POSTBOOT");
    if (postBoot != null && !postBoot.isBlank()) {
      command.addAll(List.of("--postbootcommandfile", postBoot));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(options.environment());
    if (options.cluster() != null) {
      builder.environment().put("ADUAN_CLUSTER_ENABLED", "true");
      builder.environment().put("ADUAN_NODE_NAME", options.cluster().nodeName());
    } else {
      builder.environment().putIfAbsent("ADUAN_NODE_NAME", "node-" + options.port());
    }
    if (options.log() == null) {
      builder.inheritIO();
    } else {
      Files.createDirectories(options.log().getParent());
      builder.redirectErrorStream(true).redirectOutput(options.log().toFile());
    }
    return new PayaraMicroProcess(builder.start(), options.port());
  }

  /**
   * Payara's data grid (Hazelcast): a single node keeps a one-member grid bound to loopback
   * (JCache, clustered events and timers need the grid; {@code --nohazelcast} would leave them
   * null), a clustered node joins the listed members.
   */
  static List<String> gridArguments(ClusterSettings cluster) {
    return cluster == null
        ? List.of("--nocluster", "--interfaces", "127.0.0.1")
        : cluster.payaraArguments();
  }

  /**
   * The asadmin commands run before boot: the HTTP thread pool's size, no version header, a body
   * size backstop, then the operator's own {@code ADUAN_PAYARA_PREBOOT} file ({@code own}), if any.
   */
  /** Payara's own cap on a request body: 100 MiB. */
  static final long MAX_POST_BYTES = 100L * 1024 * 1024;

  static Path preBoot(Options options, String own) throws IOException {
    String pool = "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
    List<String> lines = new ArrayList<>();
    lines.add("set " + pool + "max-thread-pool-size=" + options.httpThreads());
    lines.add("set " + pool + "min-thread-pool-size=" + options.httpThreads());
    String http =
        "configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    // No "Server: Payara Micro …" header telling the version to every client.
    lines.add("set " + http + "server-header=false");
    // A backstop above every limit the application checks itself (photo uploads: 4 × 10 MB + 1 MB
    // by default), so over-large bodies normally get the application's 413 problem+json and only
    // absurd ones Payara's own 413.
    lines.add("set " + http + "max-post-size-bytes=" + MAX_POST_BYTES);
    if (own != null && !own.isBlank()) {
      lines.addAll(Files.readAllLines(Path.of(own)));
    }
    Path file = options.scratch().resolve("preboot.asadmin");
    Files.write(file, lines);
    return file;
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** Waits until {@code /health/ready} answers 200; fails early if the process dies. */
  public void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Payara Micro exited with code " + process.exitValue());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // keep polling until the deadline
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    throw new IOException("Payara Micro was not ready within " + timeout);
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Kills the node at once (SIGKILL: no shutdown hooks, as a crash or the OOM killer would). */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  /** Asks Payara to stop (SIGTERM runs its shutdown hooks), then kills it if it lingers. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
