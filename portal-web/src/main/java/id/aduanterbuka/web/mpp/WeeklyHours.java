package id.aduanterbuka.web.mpp;

import id.aduanterbuka.mpp.MppView;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opening hours as a short list a citizen reads at a glance: consecutive days with the same hours
 * share one line ({@code Senin–Kamis 08.00–15.00}, then {@code Jumat 08.00–11.00}).
 */
final class WeeklyHours {
  private static final String DASH = "\u2013";

  private WeeklyHours() {}

  static List<String> lines(List<MppView.Hours> hours, Locale locale) {
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < hours.size()) {
      MppView.Hours first = hours.get(i);
      int j = i;
      while (j + 1 < hours.size() && sameHoursNextDay(hours.get(j), hours.get(j + 1))) {
        j++;
      }
      DayOfWeek last = hours.get(j).day();
      String days =
          j == i
              ? name(first.day(), locale)
              : name(first.day(), locale) + DASH + name(last, locale);
      lines.add(days + " " + range(first.opens(), first.closes(), time));
      i = j + 1;
    }
    return lines;
  }

  private static boolean sameHoursNextDay(MppView.Hours a, MppView.Hours b) {
    return b.day().getValue() == a.day().getValue() + 1
        && a.opens().equals(b.opens())
        && a.closes().equals(b.closes());
  }

  private static String name(DayOfWeek day, Locale locale) {
    return day.getDisplayName(TextStyle.FULL, locale);
  }

  private static String range(LocalTime opens, LocalTime closes, DateTimeFormatter time) {
    return time.format(opens) + DASH + time.format(closes);
  }
}
