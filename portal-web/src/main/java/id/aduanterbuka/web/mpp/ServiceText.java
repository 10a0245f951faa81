package id.aduanterbuka.web.mpp;

import id.aduanterbuka.mpp.DurationUnit;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Fee and duration of a service in the page's language, from the mpp bundle's texts. */
final class ServiceText {
  private ServiceText() {}

  static String fee(long rupiah, boolean free, Locale locale, ResourceBundle texts) {
    return free ? texts.getString("fee.free") : Rupiah.format(rupiah, locale);
  }

  /** {@code 3 hari kerja}, {@code 1 working day}, {@code 15 minutes}. */
  static String duration(int amount, DurationUnit unit, Locale locale, ResourceBundle texts) {
    String key = "duration." + unit.name() + (amount == 1 ? ".one" : "");
    return texts
        .getString(key)
        .replace("{0}", NumberFormat.getIntegerInstance(locale).format(amount));
  }
}
