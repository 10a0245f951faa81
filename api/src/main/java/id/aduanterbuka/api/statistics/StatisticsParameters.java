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
  static final String TO_MONTH_DOC =
      "Last month, YYYY-MM; default: the month of the latest complaint (or this month)";

  private StatisticsParameters() {}

  static DateRange days(String from, String to) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    return new DateRange(
        first == null ? BEGINNING : first,
        last == null ? LocalDate.now(WorkingCalendar.WIB) : last);
  }

  /** [from, to] in months; the defaults make twelve months ending with the latest complaint. */
  static YearMonth[] months(String from, String to, java.util.function.Supplier<YearMonth> latest) {
    YearMonth last = month("to", to);
    last = last == null ? latest.get() : last;
    YearMonth first = month("from", from);
    return new YearMonth[] {first == null ? last.minusMonths(11) : first, last};
  }
}
