package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.evidence.JdbcPhotoStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The complaint list and the complaint page in headless Chromium: what the filters list is what the
 * database holds for them, newest first, and a complaint's page shows only its published text.
 */
class ComplaintsBrowserIT {
  private static final String PUBLIC =
      " c.publication = 'PUBLISHED' AND c.status NOT IN ('RECEIVED', 'REJECTED')";

  private static PortalBrowser portal;
  private static DeployedApplication app;
  private static WebDriver browser;
  private static String category;

  @BeforeAll
  static void start() {
    portal = PortalBrowser.get();
    app = portal.app();
    browser = portal.browser();
    category =
        app.queryText(
            "SELECT k.code FROM complaint c JOIN category k ON k.id = c.category_id WHERE"
                + PUBLIC
                + " GROUP BY k.code ORDER BY count(*) DESC, k.code LIMIT 1");
  }

  /** The references of public complaints matching {@code where}, newest first. */
  private static List<String> expected(String where, int offset) {
    String refs =
        app.queryText(
            "SELECT string_agg(reference, ',' ORDER BY received_at DESC, id DESC) FROM"
                + " (SELECT c.reference, c.received_at, c.id FROM complaint c"
                + " JOIN category k ON k.id = c.category_id WHERE"
                + PUBLIC
                + " AND "
                + where
                + " ORDER BY c.received_at DESC, c.id DESC LIMIT 20 OFFSET "
                + offset
                + ") t");
    return refs == null ? List.of() : Arrays.asList(refs.split(","));
  }

  /**
   * Clicks what leads to another page and waits until that page has replaced this one: a click that
   * submits a form may return before the navigation starts, and reading the old page then fails.
   */
  private static void navigateBy(By target) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(target).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
  }

  private static List<String> shown(String attribute) {
    return browser.findElements(By.cssSelector("li.complaint-item")).stream()
        .map(li -> li.getAttribute(attribute))
        .toList();
  }

  @Test
  void aCategoryListsTheDatabasesNewestComplaintsAndPagesOn() {
    portal.open("/complaints.xhtml?category=" + category);

    assertEquals(expected("k.code = '" + category + "'", 0), shown("data-reference"));
    assertTrue(shown("data-category").stream().allMatch(category::equals));
    assertEquals(
        category,
        new Select(browser.findElement(By.id("f-category")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertTrue(browser.findElement(By.id("result-count")).getText().contains("1–20"));

    navigateBy(By.id("next-page"));

    assertEquals(expected("k.code = '" + category + "'", 20), shown("data-reference"));
    assertTrue(browser.getCurrentUrl().contains("category=" + category));
    assertTrue(browser.findElement(By.id("result-count")).getText().contains("21–40"));
    navigateBy(By.id("first-page"));
    assertEquals(expected("k.code = '" + category + "'", 0), shown("data-reference"));
  }

  @Test
  void anAgencyListsOnlyComplaintsWithThatAgency() {
    String agency =
        app.queryText(
            "SELECT a.code FROM complaint_routing cr JOIN agency a ON a.id = cr.agency_id"
                + " JOIN complaint c ON c.id = cr.complaint_id WHERE cr.ended_at IS NULL AND"
                + PUBLIC
                + " GROUP BY a.code ORDER BY count(*) DESC, a.code LIMIT 1");
    portal.open("/complaints.xhtml?agency=" + agency);

    List<String> agencies = shown("data-agencies");
    assertEquals(20, agencies.size());
    for (String codes : agencies) {
      assertTrue(List.of(codes.split(" ")).contains(agency), codes);
    }
    assertEquals(
        expected(
            "EXISTS (SELECT 1 FROM complaint_routing cr JOIN agency a ON a.id = cr.agency_id"
                + " WHERE cr.complaint_id = c.id AND cr.ended_at IS NULL AND a.code = '"
                + agency
                + "')",
            0),
        shown("data-reference"));
  }

  @Test
  void fullTextSearchFindsAWord() {
    portal.open("/complaints.xhtml");
    browser.findElement(By.id("f-q")).sendKeys("jalan");
    navigateBy(By.cssSelector("form.complaint-filters button"));

    assertTrue(browser.getCurrentUrl().contains("q=jalan"));
    List<String> refs = shown("data-reference");
    assertFalse(refs.isEmpty());
    assertEquals(expected("c.search @@ websearch_to_tsquery('indonesian', 'jalan')", 0), refs);
  }

  @Test
  void aBadDateIsExplainedOnThePage() {
    portal.open("/complaints.xhtml?from=2025-13-45&category=" + category);

    WebElement alert = browser.findElement(By.cssSelector("[role=alert]"));
    assertTrue(alert.getText().contains("2025-13-45"), alert.getText());
    assertTrue(shown("data-reference").isEmpty());
    portal.assertAccessible();

    portal.open("/complaints.xhtml?from=2025-02-01&to=2025-01-01&lang=en");
    assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("before"));
  }

  /** The references the open API lists for {@code query}, in its order. */
  private static List<String> api(String query) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri("/api/v1/complaints?limit=20&" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return java.util.regex.Pattern.compile("\"reference\":\"([^\"]+)\"")
        .matcher(response.body())
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void theAnswerResolutionAndOverdueFiltersShowWhatTheApiLists() throws Exception {
    portal.open("/complaints.xhtml?answered=false&overdue=true&lang=en");
    List<String> overdue = shown("data-reference");
    assertFalse(overdue.isEmpty());
    assertEquals(api("hasResponse=false&overdue=true"), overdue);
    assertEquals(
        "false",
        new Select(browser.findElement(By.id("f-answered")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    for (String reference : overdue) {
      assertEquals(
          0,
          app.count(
              "SELECT count(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id"
                  + " WHERE c.reference = '"
                  + reference
                  + "' AND e.event_type IN ('RESPONDED', 'IN_PROGRESS', 'RESOLVED')"),
          reference + " has an answer");
    }

    String day =
        app.queryText(
            "SELECT to_char((max(resolved_at) AT TIME ZONE 'Asia/Jakarta')::date - 30,"
                + " 'YYYY-MM-DD') FROM complaint_fact");
    portal.open("/complaints.xhtml?resolvedFrom=" + day);
    assertEquals(day, browser.findElement(By.id("f-resolved-from")).getAttribute("value"));
    List<String> resolved = shown("data-reference");
    assertFalse(resolved.isEmpty());
    assertEquals(api("resolvedFrom=" + day), resolved);
    portal.checkPage("complaints-filters");

    portal.open("/complaints.xhtml?answered=maybe&resolvedFrom=2025-02-01&resolvedTo=2025-01-01");
    String alert = browser.findElement(By.cssSelector("[role=alert]")).getText();
    assertTrue(alert.contains("maybe"), alert);
    assertTrue(alert.contains("Selesai sampai"), alert);
    assertTrue(shown("data-reference").isEmpty());
  }

  @Test
  void anEmptyResultSaysSo() {
    portal.open("/complaints.xhtml?q=zzzqqqxxyy");

    assertTrue(browser.findElement(By.id("no-results")).getText().contains("saringan"));
  }

  @Test
  void aResultLeadsToItsComplaintPage() {
    portal.open("/complaints.xhtml?category=" + category);
    String reference = shown("data-reference").get(0);

    navigateBy(By.linkText(reference));

    assertEquals(reference, browser.findElement(By.id("reference")).getText());
    String text =
        app.queryText("SELECT published_text FROM complaint WHERE reference = '" + reference + "'");
    assertEquals(
        text.strip().replaceAll("\\s+", " "),
        browser.findElement(By.id("complaint-text")).getText().strip().replaceAll("\\s+", " "));
    List<WebElement> steps = browser.findElements(By.cssSelector("#timeline > li"));
    assertFalse(steps.isEmpty());
    for (WebElement step : steps) {
      assertFalse(step.findElement(By.tagName("time")).getAttribute("datetime").isEmpty());
    }
    assertEquals(category, browser.findElement(By.id("category")).getAttribute("data-code"));
    portal.assertNoReporterIdentity(browser.getPageSource());
    portal.checkPage("complaint");
  }

  @Test
  void aComplaintWithAKnownReporterShowsNoIdentity() {
    String reference =
        app.queryText(
            "SELECT c.reference FROM complaint c JOIN complaint_original o"
                + " ON o.complaint_id = c.id WHERE"
                + PUBLIC
                + " AND o.reporter_name IS NOT NULL ORDER BY c.id LIMIT 1");
    portal.open("/complaint.xhtml?ref=" + reference + "&lang=en");

    assertEquals(reference, browser.findElement(By.id("reference")).getText());
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    portal.assertNoReporterIdentity(browser.getPageSource());
    portal.checkPage("complaint-en");
  }

  @Test
  void theLanguageSwitchKeepsTheFilters() {
    portal.open("/complaints.xhtml?category=" + category + "&status=ROUTED");
    List<String> indonesian = shown("data-reference");

    navigateBy(By.cssSelector(".language-switch a"));

    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.getCurrentUrl().contains("category=" + category));
    assertTrue(browser.getCurrentUrl().contains("status=ROUTED"));
    assertEquals(indonesian, shown("data-reference"));
    assertEquals(
        "ROUTED",
        new Select(browser.findElement(By.id("f-status")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Complaints"));
    // the form keeps English when submitted
    assertEquals(
        "en",
        browser
            .findElement(By.cssSelector("form.complaint-filters input[name=lang]"))
            .getAttribute("value"));
  }

  @Test
  void theListNeedsNoJavaScript() {
    String first = expected("k.code = '" + category + "'", 0).get(0);
    String text = portal.mainTextWithoutScript("/complaints.xhtml?category=" + category);
    assertTrue(text.contains(first), text);
  }

  @Test
  void theListPassesThePageChecksInBothLanguages() {
    portal.open("/complaints.xhtml");
    assertEquals(20, shown("data-reference").size());
    assertEquals(expected("true", 0), shown("data-reference"));
    portal.checkPage("complaints");

    portal.open("/complaints.xhtml?lang=en");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Complaints"));
    portal.checkPage("complaints-en");
  }

  @Test
  void anUnknownReferenceIsA404WithAFriendlyPage() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri("/complaint.xhtml?ref=ADU-2000-0000001")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("ADU-2000-0000001"));
    assertTrue(response.body().contains("id=\"not-found\""));

    portal.open("/complaint.xhtml?ref=nonsense");
    assertTrue(browser.findElement(By.id("not-found")).getText().contains("nonsense"));
    portal.assertAccessible();
  }

  @Test
  void approvedPhotosShowLazilyWithAltTextAndPendingOnesNowhere() throws Exception {
    String reference =
        app.queryText(
            "SELECT c.reference FROM complaint c WHERE"
                + PUBLIC
                + " AND c.status = 'RESOLVED' AND NOT EXISTS (SELECT 1 FROM photo p"
                + " WHERE p.complaint_id = c.id) ORDER BY c.id LIMIT 1");
    EvidencePhotos photos = new EvidencePhotos(new JdbcPhotoStore(app.dataSource()));
    ApiKey operator =
        new ApiKeys(new JdbcApiKeyStore(app.dataSource()))
            .issue(KeyKind.OPERATOR, null, "ComplaintsBrowserIT")
            .key();
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", jpeg);
    long pending = photos.submit(reference, PhotoRole.BEFORE, operator, jpeg.toByteArray()).id();
    long approved = photos.submit(reference, PhotoRole.AFTER, operator, jpeg.toByteArray()).id();
    photos.approve(approved, "ComplaintsBrowserIT");

    portal.open("/complaint.xhtml?ref=" + reference + "&lang=en");
    List<WebElement> shown = browser.findElements(By.cssSelector("#photos li"));
    assertEquals(1, shown.size());
    assertEquals("AFTER", shown.get(0).getAttribute("data-role"));
    WebElement img = shown.get(0).findElement(By.tagName("img"));
    assertEquals("lazy", img.getAttribute("loading"));
    assertTrue(img.getAttribute("alt").contains(reference), img.getAttribute("alt"));
    assertTrue(img.getAttribute("src").endsWith("/api/v1/photos/" + approved + ".jpg?size=thumb"));
    portal.checkPage("complaint-photos");

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> served =
        http.send(
            HttpRequest.newBuilder(URI.create(img.getAttribute("src"))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, served.statusCode());
    assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
    assertEquals("public, max-age=86400", served.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(
        404,
        http.send(
                HttpRequest.newBuilder(app.uri("/api/v1/photos/" + pending + ".jpg")).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode());
  }
}
