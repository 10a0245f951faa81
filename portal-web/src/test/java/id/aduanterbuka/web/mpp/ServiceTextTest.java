package id.aduanterbuka.web.mpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.mpp.DurationUnit;
import id.aduanterbuka.web.LanguageSelector;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ServiceTextTest {
  private static final Locale ID = LanguageSelector.INDONESIAN;
  private static final ResourceBundle ID_TEXTS =
      ResourceBundle.getBundle("id.aduanterbuka.web.mpp.text", ID);
  private static final ResourceBundle EN_TEXTS =
      ResourceBundle.getBundle("id.aduanterbuka.web.mpp.text", Locale.UK);

  @Test
  void feeIsRupiahGroupedForTheLanguage() {
    assertEquals("Rp 50.000", ServiceText.fee(50_000, false, ID, ID_TEXTS));
    assertEquals("Rp 1.250.000", ServiceText.fee(1_250_000, false, ID, ID_TEXTS));
    assertEquals("Rp 50,000", ServiceText.fee(50_000, false, Locale.UK, EN_TEXTS));
  }

  @Test
  void aFreeServiceSaysSo() {
    assertEquals("Gratis", ServiceText.fee(0, true, ID, ID_TEXTS));
    assertEquals("Free", ServiceText.fee(0, true, Locale.UK, EN_TEXTS));
  }

  @Test
  void durationUsesTheUnitInWordsAndSingularInEnglish() {
    assertEquals("3 hari kerja", ServiceText.duration(3, DurationUnit.WORKING_DAYS, ID, ID_TEXTS));
    assertEquals("15 menit", ServiceText.duration(15, DurationUnit.MINUTES, ID, ID_TEXTS));
    assertEquals(
        "1 working day", ServiceText.duration(1, DurationUnit.WORKING_DAYS, Locale.UK, EN_TEXTS));
    assertEquals("2 hours", ServiceText.duration(2, DurationUnit.HOURS, Locale.UK, EN_TEXTS));
  }
}
