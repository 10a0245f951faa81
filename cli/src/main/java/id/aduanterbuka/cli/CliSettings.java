package id.aduanterbuka.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The operator's settings, from environment variables with sensible defaults. Documented in
 * README.md ("Configuration").
 */
public record CliSettings(
    DatabaseSettings externalDatabase,
    Path home,
    int httpPort,
    int embeddedDbPort,
    String heap,
    int httpThreads,
    boolean demoData,
    Path payaraJar,
    Path war) {

  public static CliSettings from(Map<String, String> env) {
    Path home =
        Path.of(
            env.getOrDefault(
                "ADUAN_HOME",
                Path.of(System.getProperty("user.home"), ".local", "share", "aduan-terbuka")
                    .toString()));
    return new CliSettings(
        DatabaseSettings.fromEnvironment(env),
        home,
        intValue(env, "ADUAN_PORT", 8080),
        intValue(env, "ADUAN_EMBEDDED_DB_PORT", 0),
        env.getOrDefault("ADUAN_HEAP", "768m"),
        atLeast(2, "ADUAN_HTTP_THREADS", intValue(env, "ADUAN_HTTP_THREADS", defaultHttpThreads())),
        !"false".equalsIgnoreCase(env.getOrDefault("ADUAN_DEMO_DATA", "true")),
        Path.of(System.getProperty("aduan.payara.jar", "cli/target/runtime/payara-micro.jar")),
        Path.of(System.getProperty("aduan.war", "portal-web/target/aduan-terbuka.war")));
  }

  /**
   * Request threads: two per core keep the cores busy while others wait on PostgreSQL, plus one for
   * each full download that may be streaming (aduan.api.exports.max-concurrent, 2). More threads
   * than that only queue on the CPU and stretch the slowest answers (docs/benchmarks.md).
   */
  static int defaultHttpThreads() {
    return 2 * Runtime.getRuntime().availableProcessors() + 2;
  }

  private static int atLeast(int minimum, String name, int value) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
    }
    return value;
  }

  static int intValue(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
    }
  }
}
