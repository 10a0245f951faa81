package id.aduanterbuka.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  // Idulfitri 2024: national holidays 10–11 April, joint leave 8, 9, 12 and 15 April.
  private final WorkingCalendar calendar =
      new WorkingCalendar(
          List.of(
              LocalDate.of(2024, 4, 8),
              LocalDate.of(2024, 4, 9),
              LocalDate.of(2024, 4, 10),
              LocalDate.of(2024, 4, 11),
              LocalDate.of(2024, 4, 12),
              LocalDate.of(2024, 4, 15)));

  @Test
  void sameDayIsZeroAndTheNextWorkingDayIsOne() {
    assertEquals(
        0, calendar.workingDaysBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4)));
    assertEquals(
        1, calendar.workingDaysBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5)));
  }

  @Test
  void weekendsDoNotCount() {
    // Friday 1 March → Monday 4 March: one working day.
    assertEquals(
        1, calendar.workingDaysBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4)));
    // Friday → Saturday: none.
    assertEquals(
        0, calendar.workingDaysBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)));
    // Two full weeks: ten.
    assertEquals(
        10, calendar.workingDaysBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15)));
  }

  @Test
  void holidaysAndJointLeaveDoNotCount() {
    // Received Friday 5 April 2024, answered Tuesday 16 April: 8–12 and 15 April are off, so 1.
    assertEquals(
        1, calendar.workingDaysBetween(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 16)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 4, 10)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 4, 16)));
  }

  @Test
  void daysAreCountedInWesternIndonesiaTime() {
    // 23:30 WIB on Monday is 16:30 UTC the same day; 00:30 WIB Tuesday is still Monday in UTC.
    ZonedDateTime monday = ZonedDateTime.of(2024, 3, 4, 23, 30, 0, 0, WorkingCalendar.WIB);
    ZonedDateTime tuesday = ZonedDateTime.of(2024, 3, 5, 0, 30, 0, 0, WorkingCalendar.WIB);
    assertEquals(1, calendar.workingDaysBetween(monday.toInstant(), tuesday.toInstant()));
  }

  @Test
  void anEarlierEndIsZeroAndTheRangeIsBounded() {
    assertEquals(
        0, calendar.workingDaysBetween(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> calendar.workingDaysBetween(LocalDate.of(1999, 12, 1), LocalDate.of(2024, 1, 1)));
  }

  @Test
  void countingMatchesADayByDayWalk() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    for (int span = 0; span < 200; span += 7) {
      LocalDate to = from.plusDays(span);
      int walked = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
        walked += calendar.isWorkingDay(d) ? 1 : 0;
      }
      assertEquals(walked, calendar.workingDaysBetween(from, to), "span " + span);
    }
  }
}
