package id.aduanterbuka.api.statistics;

import static id.aduanterbuka.api.params.QueryValues.date;
import static id.aduanterbuka.api.params.QueryValues.month;

import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;

/** Date ranges of the statistics resources, with their documented defaults. */
final class StatisticsParameters {
  /** Before any complaint an instance can hold. */
  static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

  static final String FROM_DOC = "First day (WIB), YYYY-MM-DD; default: the beginning of the data";
  static final String TO_DOC = "Last day (WIB), YYYY-MM-DD; default: today";
  static final String FROM_MONTH_DOC = "First month, YYYY-MM; default: eleven months before `to`";
  static final String TO_MONTH_DOC = "Last month, YYYY-MM; default: this month (WIB)";

  private StatisticsParameters() {}

  static DateRange days(String from, String to) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    return new DateRange(
        first == null ? BEGINNING : first,
        last == null ? LocalDate.now(WorkingCalendar.WIB) : last);
  }

  /** [from, to] in months; the defaults make twelve months ending this month. */
  static YearMonth[] months(String from, String to) {
    YearMonth last = month("to", to);
    last = last == null ? YearMonth.now(WorkingCalendar.WIB) : last;
    YearMonth first = month("from", from);
    return new YearMonth[] {first == null ? last.minusMonths(11) : first, last};
  }
}
