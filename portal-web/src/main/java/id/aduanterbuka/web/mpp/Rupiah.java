package id.aduanterbuka.web.mpp;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A fee in rupiah as Indonesians write it: {@code Rp 50.000} (English pages: {@code Rp 50,000}).
 */
final class Rupiah {
  private Rupiah() {}

  static String format(long rupiah, Locale locale) {
    return "Rp " + NumberFormat.getIntegerInstance(locale).format(rupiah);
  }
}
