package id.aduanterbuka.web.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSort;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchParametersTest {
  @Test
  void validParametersBecomeTheDomainFilter() {
    SearchParameters p =
        new SearchParameters(
            Map.of(
                "q", " jalan rusak ",
                "agency", "DPU-3374",
                "category", "jalan-rusak",
                "region", "33.74",
                "status", "resolved",
                "channel", "whatsapp",
                "from", "2025-01-01",
                "to", "2025-03-31",
                "sort", "oldest"));

    assertTrue(p.valid());
    ComplaintFilter f = p.filter();
    assertEquals("jalan rusak", f.text());
    assertEquals("DPU-3374", f.agencyCode());
    assertEquals(Set.of("jalan-rusak"), f.categoryCodes());
    assertEquals("33.74", f.region());
    assertEquals(Set.of(ComplaintStatus.RESOLVED), f.statuses());
    assertEquals(IntakeChannel.WHATSAPP, f.channel());
    assertEquals(LocalDate.of(2025, 1, 1), f.receivedFrom());
    assertEquals(LocalDate.of(2025, 3, 31), f.receivedTo());
    assertEquals(ComplaintSort.OLDEST, p.sort());
  }

  @Test
  void blankParametersDoNotFilter() {
    SearchParameters p = new SearchParameters(Map.of("q", " ", "agency", "", "sort", ""));

    assertTrue(p.valid());
    assertEquals(ComplaintFilter.NONE, p.filter());
    assertEquals(ComplaintSort.NEWEST, p.sort());
    assertEquals(1, p.page());
    assertEquals("", p.query(false));
  }

  @Test
  void everyBadValueIsNamedAndNoFilterIsBuilt() {
    SearchParameters p =
        new SearchParameters(
            Map.of(
                "region", "Semarang",
                "status", "RECEIVED",
                "channel", "pigeon",
                "from", "31-01-2025",
                "to", "1899-01-01",
                "sort", "best",
                "page", "x"));

    assertEquals(List.of("region", "status", "channel", "from", "to", "sort", "page"), p.invalid());
    assertNull(p.filter());
  }

  @Test
  void anEndBeforeTheStartIsARangeError() {
    SearchParameters p = new SearchParameters(Map.of("from", "2025-02-01", "to", "2025-01-01"));

    assertEquals(List.of("range"), p.invalid());
  }

  @Test
  void tooLongASearchIsRejected() {
    assertEquals(List.of("q"), new SearchParameters(Map.of("q", "a".repeat(201))).invalid());
  }

  @Test
  void linksKeepTheFiltersEncodedAndTheLanguage() {
    SearchParameters p =
        new SearchParameters(
            Map.of("q", "jalan & lampu", "category", "jalan-rusak", "cursor", "abc", "page", "2"));

    assertEquals("?q=jalan+%26+lampu&category=jalan-rusak&lang=en", p.query(true));
    assertEquals(
        "?q=jalan+%26+lampu&category=jalan-rusak&cursor=c%3D1&page=3",
        p.query(false, "cursor", "c=1", "page", "3"));
    assertEquals("abc", p.cursor());
    assertEquals(2, p.page());
  }

  @Test
  void theDefaultOrderIsLeftOutOfLinks() {
    assertEquals("", new SearchParameters(Map.of("sort", "NEWEST")).query(false));
    assertEquals("?sort=OLDEST", new SearchParameters(Map.of("sort", "OLDEST")).query(false));
  }
}
