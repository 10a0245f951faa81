package id.aduanterbuka.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Numbers and dates in the page's language: {@code 1.234,5} and {@code 23 Nov 2026} in Indonesian,
 * {@code 1,234.5} in English. Times are shown in WIB (Asia/Jakarta), where the complaints happen.
 * Used from pages as {@code #{fmt.number(x)}}; a null value is shown as an en dash.
 */
@Named("fmt")
@RequestScoped
public class Formats {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final String NONE = "–";

  @Inject LanguageSelector language;

  public Formats() {}

  Formats(LanguageSelector language) {
    this.language = language;
  }

  /** A whole number with grouping. */
  public String number(Number n) {
    return n == null ? NONE : NumberFormat.getIntegerInstance(language.getLocale()).format(n);
  }

  /** A number with exactly {@code digits} decimals. */
  public String decimal(Number n, int digits) {
    if (n == null) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(n.doubleValue());
  }

  /** A share 0–1 as a percentage with one decimal: {@code 87,5 %} / {@code 87.5%}. */
  public String percent(Number share) {
    if (share == null) {
      return NONE;
    }
    String n = decimal(share.doubleValue() * 100, 1);
    return language.isEnglish() ? n + "%" : n + " %";
  }

  public String date(LocalDate day) {
    return day == null
        ? NONE
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(language.getLocale())
            .format(day);
  }

  /** An instant's calendar day in WIB. */
  public String day(Instant t) {
    return t == null ? NONE : date(t.atZone(WIB).toLocalDate());
  }

  /** An instant as day and time in WIB, e.g. {@code 23 Nov 2026 14.05 WIB}. */
  public String dateTime(Instant t) {
    if (t == null) {
      return NONE;
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .format(t.atZone(WIB))
        + " WIB";
  }

  /** An ISO value for {@code <time datetime>}. */
  public String iso(Instant t) {
    return t == null ? "" : t.toString();
  }
}
