package id.aduanterbuka.web.mpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduanterbuka.mpp.MppView.Hours;
import id.aduanterbuka.web.LanguageSelector;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
  private static Hours h(DayOfWeek day, int opens, int closes) {
    return new Hours(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
  }

  @Test
  void consecutiveDaysWithTheSameHoursShareALine() {
    List<Hours> week =
        List.of(
            h(DayOfWeek.MONDAY, 8, 15),
            h(DayOfWeek.TUESDAY, 8, 15),
            h(DayOfWeek.WEDNESDAY, 8, 15),
            h(DayOfWeek.THURSDAY, 8, 15),
            h(DayOfWeek.FRIDAY, 8, 11));

    assertEquals(
        List.of("Senin\u2013Kamis 08.00\u201315.00", "Jumat 08.00\u201311.00"),
        WeeklyHours.lines(week, LanguageSelector.INDONESIAN));
    assertEquals(
        List.of("Monday\u2013Thursday 08:00\u201315:00", "Friday 08:00\u201311:00"),
        WeeklyHours.lines(week, Locale.UK));
  }

  @Test
  void aGapInTheWeekStartsANewLine() {
    List<Hours> days = List.of(h(DayOfWeek.MONDAY, 8, 15), h(DayOfWeek.WEDNESDAY, 8, 15));

    assertEquals(2, WeeklyHours.lines(days, Locale.UK).size());
  }

  @Test
  void noHoursNoLines() {
    assertEquals(List.of(), WeeklyHours.lines(List.of(), Locale.UK));
  }
}
