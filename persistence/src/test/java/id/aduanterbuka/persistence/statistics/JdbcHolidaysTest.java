package id.aduanterbuka.persistence.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.statistics.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcHolidaysTest {
  @Test
  void theMigratedCalendarKnowsIdulfitri2024AndItsJointLeave() {
    JdbcHolidays holidays = new JdbcHolidays(PostgresTestDatabase.create().dataSource());
    List<LocalDate> days = holidays.days();
    WorkingCalendar calendar = holidays.calendar();

    assertTrue(days.contains(LocalDate.of(2024, 4, 10)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 4, 12)), "cuti bersama");
    assertEquals(
        1, calendar.workingDaysBetween(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 16)));
    for (int year = 2022; year <= 2025; year++) {
      int y = year;
      long inYear = days.stream().filter(d -> d.getYear() == y).count();
      assertTrue(
          inYear >= 20 && inYear <= 30, year + " has " + inYear + " holidays and leave days");
    }
  }
}
