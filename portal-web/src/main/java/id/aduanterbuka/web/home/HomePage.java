package id.aduanterbuka.web.home;

import id.aduanterbuka.instance.InstanceOverview;
import id.aduanterbuka.instance.InstanceService;
import id.aduanterbuka.privacy.SmallCellPolicy;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSummary;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.MonthFigures;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.StatisticsService;
import id.aduanterbuka.web.Formats;
import id.aduanterbuka.web.LanguageSelector;
import id.aduanterbuka.web.chart.SvgChart;
import id.aduanterbuka.web.ranking.RankingRows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Backing bean of {@code index.xhtml}: headline figures of the data's latest year (January to the
 * month of the latest complaint — "this year" of an instance loaded with older data), its monthly
 * trend, the fastest and slowest agencies of the fair ranking and the latest resolved complaints.
 * Figures pass the small-cell policy like the API's. Bean getters because Jakarta EL 5 does not
 * read record components.
 */
@Named("home")
@RequestScoped
public class HomePage {
  /** Agencies shown at each end of the ranking. */
  static final int ENDS = 5;

  static final int LATEST = 5;

  @Inject InstanceService instance;
  @Inject StatisticsService statistics;
  @Inject PublicComplaints complaints;
  @Inject LanguageSelector language;
  @Inject Formats fmt;
  @Inject RankingRows rankingRows;

  private InstanceOverview overview;
  private YearMonth last;
  private ResponseFigures figures;
  private List<MonthFigures> trend;
  private List<RankingRows.Row> ranked;

  private InstanceOverview overview() {
    if (overview == null) {
      overview = instance.overview();
    }
    return overview;
  }

  private YearMonth last() {
    if (last == null) {
      last = statistics.defaultLastMonth();
    }
    return last;
  }

  private YearMonth first() {
    return last().withMonth(1);
  }

  private ResponseFigures figures() {
    if (figures == null) {
      figures = statistics.figures(StatisticsScope.ALL, DateRange.of(first(), last()));
    }
    return figures;
  }

  private List<MonthFigures> trend() {
    if (trend == null) {
      trend = statistics.trend(StatisticsScope.ALL, last().minusMonths(11), last());
    }
    return trend;
  }

  private List<RankingRows.Row> ranked() {
    if (ranked == null) {
      ranked = rankingRows.ranked(last().minusMonths(11), last());
    }
    return ranked;
  }

  public long getPublicComplaints() {
    return overview().publicComplaints();
  }

  public long getAgencies() {
    return overview().agencies();
  }

  public long getRegencies() {
    return overview().regencies();
  }

  public long getMpps() {
    return overview().mpps();
  }

  public long getMppServices() {
    return overview().mppServices();
  }

  /** The headline period, e.g. "Januari–September 2025". */
  public String getPeriod() {
    return monthName(first()) + "–" + monthName(last()) + " " + last().getYear();
  }

  public String getReceived() {
    return count(figures().received());
  }

  public String getSlaCompliance() {
    return summaryOver(figures().slaDecided()) ? fmt.percent(figures().slaCompliance()) : hidden();
  }

  public String getMedianResponseDays() {
    var s = figures().firstResponseWorkingDays();
    return summaryOver(s.n()) ? fmt.decimal(s.median(), 1) : hidden();
  }

  public String getOpen() {
    return count(figures().open());
  }

  /** The received-per-month chart of the last twelve months. */
  public String getTrendSvg() {
    return SvgChart.lines(
        "trend",
        text("home.trend.title"),
        getTrendRows().stream().map(TrendRow::getMonth).toList(),
        List.of(
            new SvgChart.Series(
                text("home.trend.received"),
                trend().stream()
                    .map(
                        m ->
                            SmallCellPolicy.DEFAULT.suppresses(m.figures().received())
                                ? null
                                : (double) m.figures().received())
                    .toList())),
        v -> fmt.number(Math.round(v)));
  }

  /** The trend's numbers, for its data table. */
  public List<TrendRow> getTrendRows() {
    return trend().stream().map(this::row).toList();
  }

  private TrendRow row(MonthFigures m) {
    ResponseFigures f = m.figures();
    return new TrendRow(
        monthName(m.month()).substring(0, 3) + " " + m.month().getYear(),
        count(f.received()),
        summaryOver(f.slaDecided()) ? fmt.percent(f.slaCompliance()) : hidden(),
        summaryOver(f.firstResponseWorkingDays().n())
            ? fmt.decimal(f.firstResponseWorkingDays().median(), 1)
            : hidden());
  }

  public List<RankingRows.Row> getFastest() {
    return ranked().stream().limit(ENDS).toList();
  }

  public List<RankingRows.Row> getSlowest() {
    List<RankingRows.Row> all = ranked();
    List<RankingRows.Row> slowest =
        new ArrayList<>(
            all.subList(Math.min(all.size(), Math.max(ENDS, all.size() - ENDS)), all.size()));
    Collections.reverse(slowest);
    return slowest;
  }

  public List<ComplaintSummary> getLatestResolved() {
    return complaints.recentlyResolved(ComplaintFilter.NONE, LATEST);
  }

  private String count(long n) {
    return SmallCellPolicy.DEFAULT.suppresses(n) ? hidden() : fmt.number(n);
  }

  private static boolean summaryOver(long n) {
    return SmallCellPolicy.DEFAULT.allowsSummaryOver(n);
  }

  private String hidden() {
    return text("home.suppressed");
  }

  private String monthName(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, language.getLocale());
  }

  private String text(String key) {
    return java.util.ResourceBundle.getBundle("id.aduanterbuka.web.home.text", language.getLocale())
        .getString(key);
  }

  /** One month of the trend table. */
  public record TrendRow(String month, String received, String slaCompliance, String median) {
    public String getMonth() {
      return month;
    }

    public String getReceived() {
      return received;
    }

    public String getSlaCompliance() {
      return slaCompliance;
    }

    public String getMedian() {
      return median;
    }
  }
}
