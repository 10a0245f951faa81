package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * The agency directory and agency pages in headless Chromium: the agencies and channels shown are
 * the database's, and an agency's figures are exactly what the API publishes for the same period.
 */
class AgenciesBrowserIT {
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static PortalBrowser portal;
  private static DeployedApplication app;
  private static WebDriver browser;
  private static String busiest;

  @BeforeAll
  static void start() {
    portal = PortalBrowser.get();
    app = portal.app();
    browser = portal.browser();
    busiest =
        app.queryText(
            "SELECT a.code FROM agency a JOIN complaint_routing r ON r.agency_id = a.id"
                + " GROUP BY a.code ORDER BY count(*) DESC, a.code LIMIT 1");
  }

  private static long cards() {
    return browser.findElements(By.cssSelector("li.agency-card")).size();
  }

  @Test
  void theDirectoryListsEveryAgencyWithItsChannelsFromTheDatabase() {
    portal.open("/agencies.xhtml");

    assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(app.count("SELECT count(*) FROM agency"), cards());

    @SuppressWarnings("unchecked")
    List<String> shown =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from(document.querySelectorAll('li.agency-card')).flatMap(c =>"
                        + " Array.from(c.querySelectorAll('li.agency-channel')).map(l =>"
                        + " c.dataset.code + '|' + l.dataset.type + '|' + l.dataset.handle + '|'"
                        + " + (l.querySelector('a') ? l.querySelector('a').getAttribute('href')"
                        + " : '')))");
    String db =
        app.queryText(
            "SELECT string_agg(a.code || '|' || ch.channel_type || '|' || ch.handle || '|'"
                + " || coalesce(ch.url, ''), E'\\n') FROM agency_channel ch"
                + " JOIN agency a ON a.id = ch.agency_id");
    List<String> expected = Arrays.asList(db.split("\n"));
    assertEquals(keys(expected), keys(shown));
    Map<String, String> hrefs = new HashMap<>();
    shown.forEach(s -> hrefs.put(key(s), s.substring(s.lastIndexOf('|') + 1)));
    for (String row : expected) {
      String url = row.substring(row.lastIndexOf('|') + 1);
      if (!url.isEmpty()) {
        assertEquals(url, hrefs.get(key(row)), row);
      }
    }

    // External links say which channel of which agency they are, and open no window reference.
    List<WebElement> external = browser.findElements(By.cssSelector("a[rel~='noopener']"));
    assertFalse(external.isEmpty());
    WebElement first = external.get(0);
    WebElement card = first.findElement(By.xpath("ancestor::li[@class='agency-card']"));
    String name = card.findElement(By.cssSelector("h2")).getText();
    assertTrue(first.getAccessibleName().contains(name), first.getAccessibleName());
    assertTrue(first.getAttribute("href").startsWith("http"));

    portal.checkPage("agencies");
  }

  private static Set<String> keys(List<String> rows) {
    return rows.stream().map(AgenciesBrowserIT::key).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String key(String row) {
    return row.substring(0, row.lastIndexOf('|'));
  }

  @Test
  void theCoverageFigureIsTheDatabases() {
    portal.open("/agencies.xhtml");
    WebElement coverage = browser.findElement(By.id("coverage"));
    long withSocial =
        app.count(
            "SELECT count(DISTINCT agency_id) FROM agency_channel WHERE verified_active"
                + " AND channel_type IN ('X', 'INSTAGRAM', 'FACEBOOK', 'TIKTOK', 'YOUTUBE')");
    assertEquals(String.valueOf(withSocial), coverage.getAttribute("data-with"));
    assertEquals(
        String.valueOf(app.count("SELECT count(*) FROM agency")), coverage.getAttribute("data-of"));
    assertTrue(coverage.getText().startsWith(withSocial + " dari "), coverage.getText());
  }

  @Test
  void filtersByKindAndRegion() {
    portal.open("/agencies.xhtml?kind=DINAS");
    assertEquals(app.count("SELECT count(*) FROM agency WHERE kind = 'DINAS'"), cards());

    portal.open("/agencies.xhtml?region=33.74");
    long inSemarang =
        app.count(
            "SELECT count(*) FROM agency WHERE region_code = '33.74'"
                + " OR region_code LIKE '33.74.%'");
    assertTrue(inSemarang > 0);
    assertEquals(inSemarang, cards());

    portal.open("/agencies.xhtml?kind=NONSENSE");
    assertTrue(browser.findElements(By.id("filter-error")).size() == 1);
    assertEquals(app.count("SELECT count(*) FROM agency"), cards());
  }

  @Test
  void theDirectoryLeadsToTheAgencyPage() {
    portal.open("/agencies.xhtml");
    WebElement link = browser.findElement(By.cssSelector("li.agency-card h2 a"));
    String name = link.getText();
    link.click();
    assertEquals(name, browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.getCurrentUrl().contains("/agency.xhtml?code="));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> api(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(app.uri(path)).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return (Map<String, Object>) new Json().toType(response.body(), Map.class);
  }

  private static String decimal(Object value, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(((Number) value).doubleValue());
  }

  private static String number(Object value, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(((Number) value).longValue());
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAgencysFiguresAreTheApisForTheSamePeriod() throws Exception {
    portal.open("/agency.xhtml?code=" + busiest);
    assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
    String to = browser.findElement(By.id("stats-period")).getAttribute("data-to");

    Map<String, Object> figures =
        (Map<String, Object>)
            api("/api/v1/agencies/" + busiest + "/statistics?to=" + to).get("figures");
    assertEquals(Boolean.FALSE, figures.get("suppressed"));
    for (String field : List.of("received", "answered", "resolved", "open")) {
      assertEquals(number(figures.get(field), INDONESIAN), text("fig-" + field), field);
    }
    // Indonesian grouping: thousands with a dot.
    long received = ((Number) figures.get("received")).longValue();
    assertTrue(received < 1000 || text("fig-received").contains("."));
    Map<String, Object> first = (Map<String, Object>) figures.get("firstResponse");
    Map<String, Object> resolution = (Map<String, Object>) figures.get("resolution");
    assertEquals(decimal(first.get("medianWorkingDays"), INDONESIAN), text("fig-fr-median"));
    assertEquals(decimal(first.get("p90WorkingDays"), INDONESIAN), text("fig-fr-p90"));
    assertEquals(decimal(resolution.get("medianWorkingDays"), INDONESIAN), text("fig-res-median"));
    assertEquals(decimal(resolution.get("p90WorkingDays"), INDONESIAN), text("fig-res-p90"));
    Map<String, Object> sla = (Map<String, Object>) figures.get("sla");
    assertEquals(
        decimal(((Number) sla.get("rate")).doubleValue() * 100, INDONESIAN) + " %",
        text("fig-sla"));
    assertEquals(
        decimal(((Number) figures.get("resolutionRate")).doubleValue() * 100, INDONESIAN) + " %",
        text("fig-resolution-rate"));
    Map<String, Object> stars = (Map<String, Object>) figures.get("satisfaction");
    if (stars.get("mean") != null) {
      assertEquals(decimal(stars.get("mean"), INDONESIAN) + " / 5", text("fig-satisfaction"));
    }
    Map<String, Object> backlog = (Map<String, Object>) figures.get("backlog");
    List<WebElement> buckets = browser.findElements(By.cssSelector("#backlog-table tbody tr"));
    assertEquals(4, buckets.size());
    for (WebElement row : buckets) {
      String bucket = row.getAttribute("data-bucket");
      assertEquals(
          number(backlog.get(bucket), INDONESIAN),
          row.findElement(By.cssSelector("td")).getAttribute("textContent").strip(),
          bucket);
    }
    assertNotNull(browser.findElement(By.cssSelector("#backlog-caption")));

    // The trend's table has one row per month of the API's default trend, with the same counts.
    List<Map<String, Object>> months =
        (List<Map<String, Object>>)
            api("/api/v1/agencies/" + busiest + "/statistics/trend").get("months");
    List<WebElement> rows = browser.findElements(By.cssSelector("#trend-table tbody tr"));
    assertEquals(months.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> month = months.get(i);
      assertEquals(month.get("month"), rows.get(i).getAttribute("data-month"));
      Map<String, Object> f = (Map<String, Object>) month.get("figures");
      String cell =
          rows.get(i).findElements(By.cssSelector("td")).get(0).getAttribute("textContent").strip();
      assertEquals(
          Boolean.TRUE.equals(f.get("suppressed"))
              ? "kurang dari 10 aduan"
              : number(f.get("received"), INDONESIAN),
          cell);
    }
    assertFalse(browser.findElements(By.id("agency-trend-title")).isEmpty());

    // The agency's complaints: the list page and the latest ones.
    assertTrue(
        browser
            .findElement(By.id("all-complaints"))
            .getAttribute("href")
            .endsWith("/complaints.xhtml?agency=" + busiest));
    for (WebElement latest : browser.findElements(By.cssSelector(".agency-latest a"))) {
      assertTrue(latest.getAttribute("href").contains("/complaint.xhtml?ref="));
    }

    portal.checkPage("agency");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCategoryBreakdownIsTheApisFiguresPerCategory() throws Exception {
    portal.open("/agency.xhtml?code=" + busiest);
    String to = browser.findElement(By.id("stats-period")).getAttribute("data-to");
    List<WebElement> rows = browser.findElements(By.cssSelector("#categories-table tbody tr"));
    assertFalse(rows.isEmpty());
    for (WebElement row : rows.subList(0, Math.min(3, rows.size()))) {
      String category = row.getAttribute("data-category");
      Map<String, Object> figures =
          (Map<String, Object>)
              api("/api/v1/agencies/" + busiest + "/statistics?to=" + to + "&category=" + category)
                  .get("figures");
      String cell = row.findElements(By.cssSelector("td")).get(0).getText();
      assertEquals(
          Boolean.TRUE.equals(figures.get("suppressed"))
              ? "kurang dari 10 aduan"
              : number(figures.get("received"), INDONESIAN),
          cell,
          category);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSmallAgencyShowsFewerThanTenInsteadOfItsNumbers() throws Exception {
    String codes = app.queryText("SELECT string_agg(code, ',' ORDER BY code) FROM agency");
    for (String code : codes.split(",")) {
      Map<String, Object> figures =
          (Map<String, Object>) api("/api/v1/agencies/" + code + "/statistics").get("figures");
      if (Boolean.TRUE.equals(figures.get("suppressed"))) {
        portal.open("/agency.xhtml?code=" + code);
        assertTrue(browser.findElements(By.id("fig-received")).isEmpty());
        assertTrue(
            browser.findElement(By.id("stats-suppressed")).getText().startsWith("Kurang dari 10"));
        return;
      }
    }
    // The demo data has no agency with 1-9 complaints: the rule is unit-tested on Figures.
  }

  @Test
  void theChannelsOfTheAgencyPageAreTheDatabases() {
    portal.open("/agency.xhtml?code=" + busiest);
    Set<String> shown =
        browser.findElements(By.cssSelector("li.agency-channel")).stream()
            .map(l -> l.getAttribute("data-type") + "|" + l.getAttribute("data-handle"))
            .collect(Collectors.toCollection(TreeSet::new));
    String db =
        app.queryText(
            "SELECT coalesce(string_agg(ch.channel_type || '|' || ch.handle, E'\\n'), '')"
                + " FROM agency_channel ch JOIN agency a ON a.id = ch.agency_id"
                + " WHERE a.code = '"
                + busiest
                + "'");
    Set<String> expected = db.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(db.split("\n")));
    assertEquals(expected, shown);
  }

  @Test
  void englishIsOneLinkAway() throws Exception {
    portal.open("/agencies.xhtml?lang=en");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Directory of agencies"));
    assertTrue(browser.findElement(By.id("coverage")).getText().contains(" of "));
    portal.checkPage("agencies-en");

    browser.findElement(By.cssSelector("li.agency-card h2 a")).click();
    assertTrue(browser.getCurrentUrl().endsWith("&lang=en"), browser.getCurrentUrl());

    portal.open("/agency.xhtml?code=" + busiest + "&lang=en");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    String to = browser.findElement(By.id("stats-period")).getAttribute("data-to");
    @SuppressWarnings("unchecked")
    Map<String, Object> figures =
        (Map<String, Object>)
            api("/api/v1/agencies/" + busiest + "/statistics?to=" + to).get("figures");
    assertEquals(number(figures.get("received"), Locale.UK), text("fig-received"));
    long received = ((Number) figures.get("received")).longValue();
    assertTrue(received < 1000 || text("fig-received").contains(","));
    assertTrue(text("fig-sla").endsWith("%") && !text("fig-sla").endsWith(" %"));
    assertTrue(
        browser.findElement(By.id("all-complaints")).getAttribute("href").endsWith("&lang=en"));
    portal.checkPage("agency-en");
  }

  @Test
  void anUnknownAgencyIsA404WithAFriendlyMessage() throws Exception {
    for (String code : List.of("NO-SUCH-AGENCY", "not%20a%20code", "")) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(app.uri("/agency.xhtml?code=" + code)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode(), code);
      assertTrue(response.body().contains("Instansi tidak ditemukan"), code);
    }
    portal.open("/agency.xhtml?code=NO-SUCH-AGENCY&lang=en");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Agency not found"));
  }

  @Test
  void thePagesNeedNoJavaScript() {
    String directory = portal.mainTextWithoutScript("/agencies.xhtml");
    assertTrue(directory.contains("Direktori instansi"));
    assertTrue(directory.contains(app.queryText("SELECT name FROM agency ORDER BY code LIMIT 1")));
    String agency = portal.mainTextWithoutScript("/agency.xhtml?code=" + busiest);
    assertTrue(agency.contains("Aduan diterima"), agency);
    assertTrue(agency.contains("Tren bulanan"), agency);
  }
}
