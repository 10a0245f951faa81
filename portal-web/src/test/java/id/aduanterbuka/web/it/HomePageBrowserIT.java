package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The home page in a real headless Chromium: the counts a citizen sees are the database's. */
class HomePageBrowserIT {
  private static PortalBrowser portal;
  private static DeployedApplication app;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    portal = PortalBrowser.get();
    app = portal.app();
    browser = portal.browser();
  }

  private static long shown(String id) {
    String text = browser.findElement(By.id(id)).getText();
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  @Test
  void homePageShowsTheDatabaseCountsInIndonesian() {
    portal.open("/");

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
    portal.checkPage("home");
  }

  @Test
  void englishIsOneLinkAway() {
    portal.open("/?lang=en");

    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Central Java"));
    portal.checkPage("home-en");
  }

  @Test
  void theHomePageNeedsNoJavaScript() {
    assertTrue(portal.mainTextWithoutScript("/").contains("Aduan publik"));
  }

  private static String api(String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return http.send(
            HttpRequest.newBuilder(app.uri(path)).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static long jsonNumber(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    assertTrue(m.find(), field + " in " + json);
    return Long.parseLong(m.group(1));
  }

  @Test
  void headlineFiguresAreTheApisForTheDatasLatestYear() throws Exception {
    portal.open("/");
    String ranking = api("/api/v1/statistics/ranking");
    Matcher to = Pattern.compile("\"to\"\\s*:\\s*\"(\\d{4})-(\\d{2})\"").matcher(ranking);
    assertTrue(to.find(), ranking);
    java.time.YearMonth last =
        java.time.YearMonth.of(Integer.parseInt(to.group(1)), Integer.parseInt(to.group(2)));
    String figures =
        api("/api/v1/statistics?from=" + last.withMonth(1).atDay(1) + "&to=" + last.atEndOfMonth());

    assertEquals(jsonNumber(figures, "received"), shown("headline-received"));
    assertEquals(jsonNumber(figures, "open"), shown("headline-open"));
    // twelve months in the trend table, each a row
    assertEquals(12, browser.findElements(By.cssSelector("#trend-table tbody tr")).size());
    // the fastest five are the ranking's first five, in order
    List<String> fastest =
        browser.findElements(By.cssSelector("#fastest li a")).stream()
            .map(a -> a.getAttribute("href").replaceAll(".*code=([^&]+).*", "$1"))
            .toList();
    Matcher agencies = Pattern.compile("\"agency\"\\s*:\\s*\"([^\"]+)\"").matcher(ranking);
    List<String> expected = new java.util.ArrayList<>();
    while (expected.size() < fastest.size() && agencies.find()) {
      expected.add(agencies.group(1));
    }
    assertEquals(5, fastest.size());
    assertEquals(expected, fastest);
    assertEquals(5, browser.findElements(By.cssSelector("#latest-resolved li")).size());
  }

  @Test
  void theSearchBoxLeadsToTheComplaintSearch() {
    portal.open("/?lang=en");
    browser.findElement(By.id("home-q")).sendKeys("jalan");
    browser.findElement(By.cssSelector("form.search button")).click();

    assertTrue(
        browser.getCurrentUrl().contains("/complaints.xhtml?q=jalan"), browser.getCurrentUrl());
    assertTrue(browser.getCurrentUrl().contains("lang=en"), "the language is kept");
  }
}
