package id.aduanterbuka.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * Indonesian working days: Monday to Friday, minus national holidays and joint leave days (cuti
 * bersama) from the operator-editable holiday table. Counting is O(1): the number of working days
 * up to every date in the supported range is computed once.
 *
 * <p>Service-level clocks count in Western Indonesia Time (WIB, Asia/Jakarta): the working days
 * elapsed between two instants are the working days after the day of the first instant, up to and
 * including the day of the second. A complaint answered on the day it arrived took 0 working days;
 * one received on Friday and answered on Monday took 1.
 */
public final class WorkingCalendar {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

  private final Set<LocalDate> holidays;
  // workingDaysThrough[i]: working days from FIRST up to and including FIRST + i.
  private final int[] workingDaysThrough;

  public WorkingCalendar(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    workingDaysThrough = new int[days];
    int count = 0;
    for (int i = 0; i < days; i++) {
      if (isWorkingDay(FIRST.plusDays(i))) {
        count++;
      }
      workingDaysThrough[i] = count;
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * Working days after {@code from}'s day up to and including {@code to}'s day (0 if not later).
   */
  public int workingDaysBetween(Instant from, Instant to) {
    return workingDaysBetween(from.atZone(WIB).toLocalDate(), to.atZone(WIB).toLocalDate());
  }

  /** Working days d with {@code from} &lt; d ≤ {@code to}; 0 when {@code to} is not after. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    return through(to) - through(from);
  }

  private int through(LocalDate day) {
    if (day.isBefore(FIRST) || day.isAfter(LAST)) {
      throw new IllegalArgumentException(
          day + " is outside the calendar's range " + FIRST + ".." + LAST);
    }
    return workingDaysThrough[(int) (day.toEpochDay() - FIRST.toEpochDay())];
  }
}
