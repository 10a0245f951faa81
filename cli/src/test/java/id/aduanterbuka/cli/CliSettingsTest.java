package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliSettingsTest {
  @Test
  void defaultsRunEverythingLocally() {
    CliSettings settings = CliSettings.from(Map.of());

    assertNull(settings.externalDatabase(), "no ADUAN_DB_URL: embedded PostgreSQL");
    assertEquals(8080, settings.httpPort());
    assertEquals("768m", settings.heap());
    assertEquals(2 * Runtime.getRuntime().availableProcessors() + 2, settings.httpThreads());
    assertTrue(settings.demoData());
    assertTrue(settings.home().endsWith(Path.of(".local", "share", "aduan-terbuka")));
  }

  @Test
  void anExternalDatabaseComesFromTheEnvironment() {
    CliSettings settings =
        CliSettings.from(
            Map.of(
                "ADUAN_DB_URL", "jdbc:postgresql://db:5432/aduan",
                "ADUAN_DB_USER", "aduan",
                "ADUAN_DB_PASSWORD", "rahasia",
                "ADUAN_DEMO_DATA", "false",
                "ADUAN_PORT", "9090",
                "ADUAN_HTTP_THREADS", "12"));

    assertEquals(
        new DatabaseSettings("jdbc:postgresql://db:5432/aduan", "aduan", "rahasia"),
        settings.externalDatabase());
    assertFalse(settings.demoData());
    assertEquals(9090, settings.httpPort());
    assertEquals(12, settings.httpThreads());
    assertEquals("rahasia", settings.externalDatabase().asEnvironment().get("ADUAN_DB_PASSWORD"));
    assertFalse(settings.externalDatabase().toString().contains("rahasia"), "no password in logs");
  }

  @Test
  void badSettingsAreExplained() {
    IllegalArgumentException port =
        assertThrows(
            IllegalArgumentException.class, () -> CliSettings.from(Map.of("ADUAN_PORT", "web")));
    assertTrue(port.getMessage().contains("ADUAN_PORT"));
    IllegalArgumentException url =
        assertThrows(
            IllegalArgumentException.class,
            () -> CliSettings.from(Map.of("ADUAN_DB_URL", "jdbc:mysql://db/aduan")));
    assertTrue(url.getMessage().contains("ADUAN_DB_URL"));
    IllegalArgumentException threads =
        assertThrows(
            IllegalArgumentException.class,
            () -> CliSettings.from(Map.of("ADUAN_HTTP_THREADS", "1")));
    assertTrue(threads.getMessage().contains("at least 2"));
  }
}
