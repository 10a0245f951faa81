package id.aduanterbuka.statistics;

import id.aduanterbuka.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Days on the Western Indonesian clock (WIB), both ends included: the complaints received from the
 * first day's midnight up to the end of the last day.
 */
public record DateRange(LocalDate first, LocalDate last) {
  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new InvalidValueException(
          "to", "the range ends (" + last + ") before it starts (" + first + ")");
    }
  }

  public static DateRange of(YearMonth from, YearMonth to) {
    return new DateRange(from.atDay(1), to.atEndOfMonth());
  }

  public static DateRange year(int year) {
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The first instant in the range. */
  public Instant start() {
    return first.atStartOfDay(WorkingCalendar.WIB).toInstant();
  }

  /** The first instant after the range. */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(WorkingCalendar.WIB).toInstant();
  }

  public boolean covers(YearMonth month) {
    return !month.atDay(1).isBefore(first) && !month.atEndOfMonth().isAfter(last);
  }
}
