package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The public service mall pages in headless Chromium: the directory's counts and filters and the
 * service standard are the database's, fees are rupiah in the page's language, unknown codes 404.
 */
class MppBrowserIT {
  private static final String SEP = "chr(31)";

  private static PortalBrowser portal;
  private static DeployedApplication app;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    portal = PortalBrowser.get();
    app = portal.app();
    browser = portal.browser();
  }

  private static long data(String id, String attribute) {
    return Long.parseLong(browser.findElement(By.id(id)).getAttribute(attribute));
  }

  private static List<String> list(String sql) {
    String joined = app.queryText(sql);
    return joined == null ? List.of() : Arrays.asList(joined.split("\u001f"));
  }

  private static List<String> texts(By by) {
    return browser.findElements(by).stream().map(WebElement::getText).map(String::strip).toList();
  }

  private static String q(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Test
  void theDirectoryCountsAreTheDatabasesInIndonesian() {
    portal.open("/mpp.xhtml");

    assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
    long mpps = app.count("SELECT count(*) FROM mpp");
    assertEquals(mpps, data("mpp-total", "data-value"));
    assertEquals(mpps, browser.findElements(By.cssSelector("article.mpp-card")).size());
    assertEquals(
        app.count("SELECT count(DISTINCT regency_code) FROM mpp"),
        data("mpp-coverage", "data-with"));
    assertEquals(
        app.count("SELECT count(*) FROM region WHERE kind IN ('KABUPATEN', 'KOTA')"),
        data("mpp-coverage", "data-of"));
    assertEquals(
        app.count("SELECT count(DISTINCT regency_code) FROM mpp"),
        browser.findElements(By.cssSelector("section.mpp-regency")).size());
    assertTrue(
        browser.findElement(By.id("mpp-coverage")).getText().contains(" dari "),
        browser.findElement(By.id("mpp-coverage")).getText());
    for (WebElement card : browser.findElements(By.cssSelector("article.mpp-card"))) {
      String code = card.getAttribute("data-code");
      long services =
          app.count(
              "SELECT count(*) FROM mpp_service_offering o JOIN mpp m ON m.id = o.mpp_id"
                  + " WHERE m.code = "
                  + q(code));
      assertEquals(
          services,
          Long.parseLong(
              card.findElement(By.cssSelector("a.mpp-services-link")).getAttribute("data-count")),
          code);
      long agencies =
          app.count(
              "SELECT count(*) FROM mpp_tenant t JOIN mpp m ON m.id = t.mpp_id WHERE m.code = "
                  + q(code));
      assertEquals(agencies, card.findElements(By.cssSelector(".mpp-agencies li")).size(), code);
    }
    portal.checkPage("mpp");
  }

  @Test
  void aRegencyFilterShowsOnlyThatRegencysMpps() {
    String regency = app.queryText("SELECT regency_code FROM mpp ORDER BY code LIMIT 1");
    portal.open("/mpp.xhtml?regency=" + regency);

    List<String> shownRegencies =
        browser.findElements(By.cssSelector("section.mpp-regency")).stream()
            .map(s -> s.getAttribute("data-regency"))
            .toList();
    assertEquals(List.of(regency), shownRegencies);
    List<String> expected =
        list(
            "SELECT string_agg(code, "
                + SEP
                + " ORDER BY code) FROM mpp WHERE regency_code = "
                + q(regency));
    List<String> shown =
        browser.findElements(By.cssSelector("article.mpp-card")).stream()
            .map(a -> a.getAttribute("data-code"))
            .sorted()
            .toList();
    assertEquals(expected, shown);
    assertEquals(
        regency,
        browser.findElement(By.cssSelector("#regency option:checked")).getAttribute("value"));
    portal.checkPage("mpp-filtered");
  }

  @Test
  void aNameSearchFindsTheMppsWhoseNameContainsIt() {
    String name = app.queryText("SELECT name FROM mpp ORDER BY code DESC LIMIT 1");
    String word = name.substring(name.lastIndexOf(' ') + 1);
    portal.open(
        "/mpp.xhtml?q="
            + java.net.URLEncoder.encode(
                word.toLowerCase(Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8));

    long expected = app.count("SELECT count(*) FROM mpp WHERE name ILIKE " + q("%" + word + "%"));
    assertEquals(expected, browser.findElements(By.cssSelector("article.mpp-card")).size());
    assertEquals(expected, data("mpp-shown", "data-value"));
  }

  @Test
  void aBadRegencyIsExplainedNotAnError() {
    portal.open("/mpp.xhtml?regency=kota-antah");

    assertFalse(browser.findElements(By.cssSelector(".mpp-problem")).isEmpty());
    assertEquals(
        app.count("SELECT count(*) FROM mpp"),
        browser.findElements(By.cssSelector("article.mpp-card")).size());
  }

  @Test
  void fromAnMppToItsServicesToOneService() {
    portal.open("/mpp.xhtml");
    WebElement card = browser.findElements(By.cssSelector("article.mpp-card")).get(0);
    String code = card.getAttribute("data-code");
    card.findElement(By.cssSelector("a.mpp-services-link")).click();

    assertTrue(browser.getCurrentUrl().contains("code=" + code), browser.getCurrentUrl());
    assertEquals(code, browser.findElement(By.id("mpp-name")).getAttribute("data-code"));
    List<String> expected =
        list(
            "SELECT string_agg(s.code, "
                + SEP
                + " ORDER BY s.code) FROM mpp_service s"
                + " JOIN mpp_service_offering o ON o.service_id = s.id"
                + " JOIN mpp m ON m.id = o.mpp_id WHERE m.code = "
                + q(code));
    List<String> shown =
        browser.findElements(By.cssSelector("#mpp-services tbody tr")).stream()
            .map(r -> r.getAttribute("data-code"))
            .sorted()
            .toList();
    assertEquals(expected, shown);
    portal.checkPage("mpp-detail");

    WebElement first = browser.findElement(By.cssSelector("#mpp-services tbody tr"));
    String service = first.getAttribute("data-code");
    first.findElement(By.tagName("a")).click();
    assertEquals(service, browser.findElement(By.id("service-name")).getAttribute("data-code"));
    assertTrue(
        browser.findElements(By.cssSelector("#service-mpps li")).stream()
            .anyMatch(li -> code.equals(li.getAttribute("data-code"))));
  }

  @Test
  void theServicePageShowsTheCatalogueStandard() {
    String code =
        app.queryText(
            "SELECT code FROM mpp_service WHERE fee_rupiah >= 1000 AND legal_basis IS NOT NULL"
                + " ORDER BY code LIMIT 1");
    portal.open("/mpp-service.xhtml?code=" + code);

    assertEquals(
        app.queryText("SELECT name FROM mpp_service WHERE code = " + q(code)),
        browser.findElement(By.id("service-name")).getText());
    assertEquals(
        app.queryText(
            "SELECT a.name FROM mpp_service s JOIN agency a ON a.id = s.agency_id WHERE s.code = "
                + q(code)),
        browser.findElement(By.id("service-agency")).getText());
    long fee = app.count("SELECT fee_rupiah FROM mpp_service WHERE code = " + q(code));
    assertEquals(
        "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(fee),
        browser.findElement(By.id("service-fee")).getText());
    assertTrue(browser.findElement(By.id("service-fee")).getText().contains("."));
    assertEquals(
        list(
            "SELECT string_agg(requirement, "
                + SEP
                + " ORDER BY position) FROM mpp_service_requirement r"
                + " JOIN mpp_service s ON s.id = r.service_id WHERE s.code = "
                + q(code)),
        texts(By.cssSelector("#service-requirements li")));
    assertEquals(
        list(
            "SELECT string_agg(step, "
                + SEP
                + " ORDER BY position) FROM mpp_service_step r"
                + " JOIN mpp_service s ON s.id = r.service_id WHERE s.code = "
                + q(code)),
        texts(By.cssSelector("ol#service-procedure li")));
    assertEquals(
        app.queryText("SELECT output FROM mpp_service WHERE code = " + q(code)).strip(),
        browser.findElement(By.id("service-output")).getText());
    assertEquals(
        app.queryText("SELECT legal_basis FROM mpp_service WHERE code = " + q(code)).strip(),
        browser.findElement(By.id("service-legal")).getText());
    String unit = app.queryText("SELECT duration_unit FROM mpp_service WHERE code = " + q(code));
    String amount =
        app.queryText("SELECT duration_amount FROM mpp_service WHERE code = " + q(code));
    String duration = browser.findElement(By.id("service-duration")).getText();
    assertTrue(duration.startsWith(amount + " "), duration);
    assertTrue(
        duration.endsWith(
            switch (unit) {
              case "MINUTES" -> "menit";
              case "HOURS" -> "jam";
              default -> "hari kerja";
            }),
        duration);
    String online = app.queryText("SELECT online_url FROM mpp_service WHERE code = " + q(code));
    assertEquals(
        online == null,
        browser.findElements(By.cssSelector("#service-online a[href='" + online + "']")).isEmpty());
    portal.checkPage("mpp-service");

    portal.open("/mpp-service.xhtml?code=" + code + "&lang=en");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(
        "Rp " + NumberFormat.getIntegerInstance(Locale.UK).format(fee),
        browser.findElement(By.id("service-fee")).getText());
    portal.checkPage("mpp-service-en");
  }

  @Test
  void aFreeServiceSaysFree() {
    String code = app.queryText("SELECT code FROM mpp_service WHERE fee_rupiah = 0 LIMIT 1");
    portal.open("/mpp-service.xhtml?code=" + code);
    assertEquals("Gratis", browser.findElement(By.id("service-fee")).getText());
    portal.open("/mpp-service.xhtml?code=" + code + "&lang=en");
    assertEquals("Free", browser.findElement(By.id("service-fee")).getText());
  }

  @Test
  void unknownCodesAre404WithAFriendlyMessage() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path :
        List.of(
            "/mpp-service.xhtml?code=tidak-ada-layanan",
            "/mpp-service.xhtml?code=%3Cscript%3E",
            "/mpp-service.xhtml",
            "/mpp.xhtml?code=MPP-0000",
            "/mpp.xhtml?code=bukan%20kode")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(app.uri(path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode(), path);
      assertFalse(response.body().contains("<script>"), path);
    }
    portal.open("/mpp-service.xhtml?code=tidak-ada-layanan");
    assertTrue(browser.findElement(By.id("service-not-found")).isDisplayed());
    portal.checkPage("mpp-service-404");
    portal.open("/mpp.xhtml?code=MPP-0000&lang=en");
    assertTrue(browser.findElement(By.id("mpp-not-found")).getText().contains("No MPP"));
  }

  @Test
  void englishDirectory() {
    portal.open("/mpp.xhtml?lang=en");

    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElement(By.id("mpp-coverage")).getText().contains(" of "));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Public service malls"));
    String link =
        browser.findElements(By.cssSelector("a.mpp-services-link")).get(0).getAttribute("href");
    assertTrue(link.endsWith("&lang=en"), link);
    portal.checkPage("mpp-en");
  }

  @Test
  void thePagesNeedNoJavaScript() {
    assertTrue(portal.mainTextWithoutScript("/mpp.xhtml").contains("kabupaten/kota memiliki MPP"));
    String code = app.queryText("SELECT code FROM mpp_service ORDER BY code LIMIT 1");
    assertTrue(
        portal.mainTextWithoutScript("/mpp-service.xhtml?code=" + code).contains("Persyaratan"));
  }
}
