package id.aduanterbuka.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CategoryTest {
  @Test
  void slaDefaultsFollowTheNationalRules() {
    assertEquals(
        14,
        new Category(
                "jalan-rusak", "Jalan rusak", "Damaged roads", ReportType.COMPLAINT, false, null)
            .slaWorkingDays());
    assertEquals(
        60,
        new Category("pungli", "Pungutan liar", "Illegal levies", ReportType.COMPLAINT, true, null)
            .slaWorkingDays());
    assertEquals(
        5,
        new Category("aspirasi", "Aspirasi", "Aspirations", ReportType.ASPIRATION, false, null)
            .slaWorkingDays());
    assertEquals(
        5,
        new Category(
                "informasi",
                "Informasi",
                "Information",
                ReportType.INFORMATION_REQUEST,
                false,
                null)
            .slaWorkingDays());
  }

  @Test
  void onlyComplaintsCanNeedOversight() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Category(
                "informasi",
                "Informasi",
                "Information",
                ReportType.INFORMATION_REQUEST,
                true,
                null));
  }

  @Test
  void rejectsBadCodesAndSlas() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Category(
                "Jalan Rusak", "Jalan rusak", "Damaged roads", ReportType.COMPLAINT, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Category(
                "jalan-rusak",
                "Jalan rusak",
                "Damaged roads",
                ReportType.COMPLAINT,
                false,
                0,
                null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Category("jalan-rusak", "Jalan rusak", "", ReportType.COMPLAINT, false, null));
  }
}
