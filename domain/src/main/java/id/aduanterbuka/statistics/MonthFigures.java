package id.aduanterbuka.statistics;

import java.time.YearMonth;

/** One month of a trend series: the figures of the complaints received that month (WIB). */
public record MonthFigures(YearMonth month, ResponseFigures figures) {}
