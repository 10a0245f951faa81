package id.aduanterbuka.web.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.OpenComplaints;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.Satisfaction;
import id.aduanterbuka.statistics.Summary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyDirectoryPageTest {
  @Test
  void onlyAgencyKindsAreAccepted() {
    assertTrue(AgencyDirectoryPage.isKind("DINAS"));
    assertFalse(AgencyDirectoryPage.isKind("dinas"));
    assertFalse(AgencyDirectoryPage.isKind("<script>"));
  }

  private static ResponseFigures received(long n) {
    return new ResponseFigures(
        n,
        0,
        n,
        0,
        0,
        Summary.EMPTY,
        Summary.EMPTY,
        Summary.EMPTY,
        Summary.EMPTY,
        0,
        0,
        0,
        0,
        0,
        OpenComplaints.emptyBacklog(),
        Satisfaction.none());
  }

  private static AgencyPage.CategoryRow row(String code, long n) {
    return new AgencyPage.CategoryRow(
        new DimensionMember("1", code, code, code), Figures.of(received(n)));
  }

  @Test
  void categoriesAreLargestFirstWithSuppressedOnesLast() {
    List<AgencyPage.CategoryRow> rows =
        new ArrayList<>(
            List.of(row("a", 5), row("b", 12), row("c", 40), row("d", 3), row("e", 12)));
    rows.sort(AgencyPage.CategoryRow.ORDER);
    assertEquals(
        List.of("c", "b", "e", "a", "d"),
        rows.stream().map(AgencyPage.CategoryRow::getCode).toList());
  }

  @Test
  void aSmallGroupShowsNoNumbers() {
    Figures small = Figures.of(received(7));
    assertTrue(small.isSuppressed());
    assertEquals(null, small.getReceived());
    assertEquals(null, small.backlog("0-5"));
    Figures large = Figures.of(received(12));
    assertFalse(large.isSuppressed());
    assertEquals(12L, large.getReceived());
    assertEquals(null, large.getFirstResponseMedianDays());
  }
}
