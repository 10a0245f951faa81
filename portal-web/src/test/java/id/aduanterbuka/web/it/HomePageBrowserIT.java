package id.aduanterbuka.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
