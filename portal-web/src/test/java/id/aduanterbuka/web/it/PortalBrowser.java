package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The portal in a real headless Chromium (Debian's chromium + chromium-driver, installed by the
 * build's ensure-chromium step), shared by the browser tests: page checks every page must pass
 * (axe-core WCAG 2.1 A/AA with 0 violations, weight, no reporter identity), screenshots at desktop
 * and mobile width under {@code target/screenshots/}, and a second browser with JavaScript off.
 */
public final class PortalBrowser {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Issue 7: a page is at most 100 KB transferred, cached assets excluded. */
  public static final long MAX_PAGE_BYTES = 100 * 1024;

  private static PortalBrowser instance;

  private final DeployedApplication app;
  private final WebDriver browser;
  private final WebDriver noScript;

  private PortalBrowser(DeployedApplication app) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's packages 'chromium' and 'chromium-driver'"
              + " (apt-get install chromium chromium-driver).");
    }
    this.app = app;
    this.browser = chromium(true);
    this.noScript = chromium(false);
    Runtime.getRuntime().addShutdownHook(new Thread(this::quit));
  }

  /** The one browser pair of this test run, on the one deployed application. */
  public static synchronized PortalBrowser get() {
    if (instance == null) {
      try {
        instance = new PortalBrowser(DeployedApplication.get());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  private static WebDriver chromium(boolean javascript) throws IOException {
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
        "--hide-scrollbars",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  public DeployedApplication app() {
    return app;
  }

  /** The browser with JavaScript on, at desktop width. */
  public WebDriver browser() {
    return browser;
  }

  /** Opens {@code path} (e.g. {@code /agencies.xhtml?lang=en}) in the JavaScript browser. */
  public WebDriver open(String path) {
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(app.uri(path).toString());
    return browser;
  }

  /** Opens {@code path} with JavaScript off and returns the text of its {@code <main>}. */
  public String mainTextWithoutScript(String path) {
    noScript.get(app.uri(path).toString());
    return noScript.findElement(By.tagName("main")).getText();
  }

  /**
   * What every page must pass, on the page now open: axe-core finds no WCAG 2.1 A/AA violation, the
   * page weighs at most 100 KB, no reporter identity shows, and screenshots are saved as {@code
   * target/screenshots/NAME-desktop.png} and {@code NAME-mobile.png} (360 px wide, where nothing
   * may scroll sideways).
   */
  public void checkPage(String name) {
    assertAccessible();
    long bytes = transferredBytes();
    assertTrue(bytes <= MAX_PAGE_BYTES, name + " weighs " + bytes + " bytes");
    assertNoReporterIdentity(browser.getPageSource());
    screenshots(name);
  }

  public void assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    List<Rule> violations = results.getViolations();
    assertEquals(
        List.of(),
        violations.stream()
            .map(
                v ->
                    v.getId()
                        + ": "
                        + v.getHelp()
                        + " at "
                        + v.getNodes().stream()
                            .limit(3)
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
            .toList(),
        "axe-core violations on " + browser.getCurrentUrl());
  }

  /**
   * Bytes transferred for the page and what it loaded, as the browser counts them (cached assets
   * count 0, as the issue wants them excluded).
   */
  public long transferredBytes() {
    Object total =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'))"
                    + ".reduce((sum, e) => sum + (e.transferSize || 0), 0);");
    return ((Number) total).longValue();
  }

  /** Reporter names and contacts of the demo data (restricted table) are not in {@code html}. */
  public void assertNoReporterIdentity(String html) {
    for (String identity : app.reporterIdentities()) {
      assertFalse(html.contains(identity), "leaked: " + identity);
    }
  }

  public void screenshots(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      shoot(name + "-desktop", 1280);
      shoot(name + "-mobile", 360);
      long scrollWidth =
          ((Number)
                  ((JavascriptExecutor) browser)
                      .executeScript("return document.documentElement.scrollWidth;"))
              .longValue();
      assertTrue(scrollWidth <= 360, name + " scrolls sideways at 360 px: " + scrollWidth);
      browser.manage().window().setSize(new Dimension(1280, 900));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void shoot(String file, int width) throws IOException {
    browser.manage().window().setSize(new Dimension(width, 900));
    long height =
        ((Number)
                ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight;"))
            .longValue();
    browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(file + ".png"), png);
  }

  private void quit() {
    browser.quit();
    noScript.quit();
  }
}
