package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The ranking page: the API's fair ranking, with sample sizes, intervals and an explanation. */
class RankingBrowserIT {
  private static PortalBrowser portal;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    portal = PortalBrowser.get();
    browser = portal.browser();
  }

  private static String api(String path) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(portal.app().uri(path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Agency codes of the API's ranked rows, in order (rows without a rank have no "rank"). */
  private static List<String> rankedCodes(String json) {
    List<String> codes = new ArrayList<>();
    Matcher row = Pattern.compile("\\{\"agency\":\"([^\"]+)\"[^}]*?\"rank\":(\\d+)").matcher(json);
    while (row.find()) {
      codes.add(row.group(1));
    }
    return codes;
  }

  private static List<String> shownCodes() {
    return browser.findElements(By.cssSelector("#ranking-table tbody th a")).stream()
        .map((WebElement a) -> a.getAttribute("href").replaceAll(".*code=([^&]+).*", "$1"))
        .toList();
  }

  @Test
  void theTableIsTheApisRankingInOrderWithSampleSizes() throws Exception {
    portal.open("/ranking.xhtml");
    List<String> expected = rankedCodes(api("/api/v1/statistics/ranking"));

    assertFalse(expected.isEmpty(), "the demo data ranks agencies");
    assertEquals(expected, shownCodes());
    List<WebElement> first = browser.findElements(By.cssSelector("#ranking-table tbody tr td"));
    assertEquals("1", first.get(0).getText());
    assertTrue(first.get(1).getText().matches("[0-9.]+"), "n shown: " + first.get(1).getText());
    assertTrue(first.get(3).getText().contains("–"), "an interval: " + first.get(3).getText());
    portal.checkPage("ranking");
  }

  @Test
  void anotherPeriodIsTheApisRankingOfThatPeriod() throws Exception {
    portal.open("/ranking.xhtml?from=2024-01&to=2024-06&lang=en");

    assertEquals(
        rankedCodes(api("/api/v1/statistics/ranking?from=2024-01&to=2024-06")), shownCodes());
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("2024-01", browser.findElement(By.id("from")).getAttribute("value"));
    portal.checkPage("ranking-en");
  }

  @Test
  void aBadMonthIsExplainedAndTheDefaultShown() throws Exception {
    portal.open("/ranking.xhtml?from=2024-13");

    assertTrue(browser.findElement(By.id("ranking-error")).isDisplayed());
    assertEquals(rankedCodes(api("/api/v1/statistics/ranking")), shownCodes());
  }

  @Test
  void theRankingNeedsNoJavaScript() {
    String main = portal.mainTextWithoutScript("/ranking.xhtml");
    assertTrue(main.contains("Peringkat instansi"), main);
    assertTrue(main.contains("Cara membaca"), main);
  }
}
