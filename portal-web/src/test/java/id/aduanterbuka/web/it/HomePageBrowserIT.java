package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The home page in a real headless Chromium (Debian's chromium + chromium-driver, installed by the
 * build's ensure-chromium step): the counts a citizen sees are the database's.
 */
class HomePageBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static DeployedApplication app;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's packages 'chromium' and 'chromium-driver'"
              + " (apt-get install chromium chromium-driver).");
    }
    app = DeployedApplication.get();
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=360,800",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static long shown(String id) {
    String text = browser.findElement(By.id(id)).getText();
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  @Test
  void homePageShowsTheDatabaseCountsInIndonesian() {
    browser.get(app.uri("/").toString());

    assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(app.count("SELECT count(*) FROM agency"), shown("count-agencies"));
    assertEquals(
        app.count("SELECT count(*) FROM region WHERE kind IN ('KABUPATEN', 'KOTA')"),
        shown("count-regencies"));
    assertEquals(app.count("SELECT count(*) FROM mpp"), shown("count-mpps"));
    long publicComplaints =
        app.count(
            "SELECT count(*) FROM complaint WHERE status NOT IN ('RECEIVED', 'REJECTED')"
                + " AND publication = 'PUBLISHED'");
    assertEquals(publicComplaints, shown("count-complaints"));
    // Indonesian grouping: 20.000, not 20,000.
    String complaints = browser.findElement(By.id("count-complaints")).getText();
    assertTrue(publicComplaints < 1000 || complaints.contains("."), complaints);
  }

  @Test
  void englishIsOneLinkAway() {
    browser.get(app.uri("/?lang=en").toString());

    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Central Java"));
  }
}
