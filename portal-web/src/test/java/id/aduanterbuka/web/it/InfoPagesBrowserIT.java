package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The open-data and about pages: every data link the open-data page shows answers 200 on this
 * instance, and the about page's table of contents points at its own sections.
 */
class InfoPagesBrowserIT {
  private static PortalBrowser portal;
  private static DeployedApplication app;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    portal = PortalBrowser.get();
    app = portal.app();
    browser = portal.browser();
  }

  private static List<String> dataLinks() {
    String base = app.uri("/").toString();
    return browser.findElements(By.cssSelector("main a[href]")).stream()
        .map(a -> a.getAttribute("href"))
        .filter(h -> h.startsWith(base))
        .filter(h -> h.contains("/api/") || h.contains("/open311/") || h.endsWith("/openapi"))
        .distinct()
        .toList();
  }

  @Test
  void everyDataLinkOnTheOpenDataPageAnswers() throws IOException, InterruptedException {
    portal.open("/open-data.xhtml");
    List<String> links = dataLinks();

    for (String part :
        List.of(
            "/api/v1/complaints",
            "/api/v1/exports/complaints.csv",
            "/api/v1/exports/complaints.jsonl",
            "/api/v1/exports/dictionary",
            "/new.atom",
            "/resolved.atom",
            "/open311/v2/",
            "/api-docs/",
            "/openapi")) {
      assertTrue(
          links.stream().anyMatch(l -> l.contains(part))
              || browser.findElements(By.cssSelector("main a[href$='" + part + "']")).stream()
                  .findAny()
                  .isPresent(),
          part + " not linked: " + links);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    for (String link : links) {
      boolean big = link.contains("/exports/complaints.");
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(60));
      request = big ? request.method("HEAD", HttpRequest.BodyPublishers.noBody()) : request.GET();
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), link + " -> " + response.body());
      portal.assertNoReporterIdentity(response.body());
    }
    HttpResponse<String> docs =
        http.send(
            HttpRequest.newBuilder(app.uri("/api-docs/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, docs.statusCode());
    portal.checkPage("open-data");
  }

  @Test
  void theOpenDataPageInEnglish() {
    portal.open("/open-data.xhtml?lang=en");

    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Open data", browser.findElement(By.tagName("h1")).getText());
    assertFalse(
        browser
            .findElements(By.cssSelector("a[href='https://creativecommons.org/licenses/by/4.0/']"))
            .isEmpty());
    assertTrue(browser.findElement(By.tagName("main")).getText().contains("CC BY 4.0"));
    portal.checkPage("open-data-en");
  }

  @Test
  void theAboutPageTableOfContentsPointsAtItsSections() {
    for (String path : List.of("/about.xhtml", "/about.xhtml?lang=en")) {
      portal.open(path);
      List<WebElement> toc = browser.findElements(By.cssSelector("#toc a"));
      assertTrue(toc.size() >= 10, "toc entries: " + toc.size());
      for (WebElement entry : toc) {
        String href = entry.getAttribute("href");
        String id = href.substring(href.indexOf('#') + 1);
        List<WebElement> targets = browser.findElements(By.id(id));
        assertEquals(1, targets.size(), "#" + id);
        assertTrue(targets.get(0).getTagName().matches("h[23]"), id);
        assertEquals(entry.getText(), targets.get(0).getText(), id);
      }
      for (String id :
          List.of("methodology", "working-days", "sla", "ranking", "small-cells", "privacy")) {
        assertFalse(browser.findElements(By.id(id)).isEmpty(), id);
      }
      assertTrue(browser.findElement(By.id("small-cells-text")).getText().contains("<10"));
      assertEquals(8, browser.findElements(By.cssSelector("#redacted-table tbody tr")).size());
    }
    portal.open("/about.xhtml");
    assertTrue(browser.findElement(By.id("redacted-table")).getText().contains("[NIK]"));
    portal.checkPage("about");
    portal.open("/about.xhtml?lang=en");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("methodology"));
    portal.checkPage("about-en");
  }

  @Test
  void theInfoPagesNeedNoJavaScript() {
    assertTrue(portal.mainTextWithoutScript("/open-data.xhtml").contains("/api/v1/exports/"));
    assertTrue(portal.mainTextWithoutScript("/about.xhtml").contains("Hari kerja"));
  }
}
