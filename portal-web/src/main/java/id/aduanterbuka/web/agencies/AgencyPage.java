package id.aduanterbuka.web.agencies;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSummary;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.MonthFigures;
import id.aduanterbuka.statistics.StatisticsScope;
import id.aduanterbuka.statistics.StatisticsService;
import id.aduanterbuka.statistics.WorkingCalendar;
import id.aduanterbuka.web.Formats;
import id.aduanterbuka.web.LanguageSelector;
import id.aduanterbuka.web.chart.SvgChart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backing bean of {@code agency.xhtml?code=…}: the agency, its channels and its statistics for the
 * API's default period (all complaints received up to today; a trend of the twelve months ending
 * with the latest complaint). An unknown code answers 404.
 */
@Named("agencyPage")
@RequestScoped
public class AgencyPage {
  /** The API's default first day ({@code /agencies/{code}/statistics} without {@code from}). */
  static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

  static final List<String> BUCKETS = List.of("0-5", "6-14", "15-60", "over-60");

  @Inject AgencyDirectory directory;
  @Inject StatisticsService statistics;
  @Inject PublicComplaints complaints;
  @Inject Formats fmt;
  @Inject LanguageSelector language;

  private boolean loaded;
  private AgencyItem agency;
  private Long agencyId;
  private DateRange range;
  private Figures figures;
  private List<MonthRow> trend;
  private List<CategoryRow> categories;
  private List<ComplaintSummary> latest;

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String code = context.getRequestParameterMap().get("code");
    try {
      agency = new AgencyItem(directory.get(AgencyCode.of(code == null ? "" : code.strip())));
    } catch (InvalidValueException | NotFoundException e) {
      context.setResponseStatus(404);
      return;
    }
    agencyId =
        statistics
            .find(Dimension.AGENCY, agency.getCode())
            .map(m -> Long.valueOf(m.key()))
            .orElse(null);
    range = new DateRange(BEGINNING, LocalDate.now(WorkingCalendar.WIB));
  }

  public boolean isFound() {
    load();
    return agency != null;
  }

  public AgencyItem getAgency() {
    load();
    return agency;
  }

  /** Whether the statistics know the agency (every agency in the directory should). */
  public boolean isHasStatistics() {
    load();
    return agencyId != null;
  }

  public LocalDate getFrom() {
    load();
    return range == null ? null : range.first();
  }

  public LocalDate getTo() {
    load();
    return range == null ? null : range.last();
  }

  public Figures getFigures() {
    if (figures == null && isHasStatistics()) {
      figures = Figures.of(statistics.figures(StatisticsScope.agency(agencyId), range));
    }
    return figures;
  }

  /** The months of the trend, oldest first. */
  public List<MonthRow> getTrend() {
    if (trend == null && isHasStatistics()) {
      YearMonth last = statistics.defaultLastMonth();
      trend = new ArrayList<>();
      for (MonthFigures m :
          statistics.trend(StatisticsScope.agency(agencyId), last.minusMonths(11), last)) {
        trend.add(new MonthRow(m.month(), Figures.of(m.figures()), language.getLocale()));
      }
    }
    return trend;
  }

  public String getTrendFrom() {
    List<MonthRow> t = getTrend();
    return t == null || t.isEmpty() ? null : t.get(0).getMonth();
  }

  public String getTrendTo() {
    List<MonthRow> t = getTrend();
    return t == null || t.isEmpty() ? null : t.get(t.size() - 1).getMonth();
  }

  private ResourceBundle text() {
    return ResourceBundle.getBundle("id.aduanterbuka.web.agencies.text", language.getLocale());
  }

  /** Received and answered per month as lines; suppressed months are gaps. */
  public String getTrendChart() {
    List<MonthRow> rows = getTrend();
    ResourceBundle t = text();
    return SvgChart.lines(
        "agency-trend",
        t.getString("trend.chart"),
        rows.stream().map(MonthRow::getLabel).toList(),
        List.of(
            series(t.getString("trend.received"), rows, true),
            series(t.getString("trend.answered"), rows, false)),
        v -> fmt.number(v));
  }

  private static SvgChart.Series series(String name, List<MonthRow> rows, boolean received) {
    List<Double> values = new ArrayList<>();
    for (MonthRow r : rows) {
      Long v = received ? r.getFigures().getReceived() : r.getFigures().getAnswered();
      values.add(v == null ? null : v.doubleValue());
    }
    return new SvgChart.Series(name, values);
  }

  /** Backlog ageing as bars; null when the figures are suppressed. */
  public String getBacklogChart() {
    Figures f = getFigures();
    if (f == null || f.isSuppressed()) {
      return null;
    }
    ResourceBundle t = text();
    List<SvgChart.Bar> bars = new ArrayList<>();
    for (String b : BUCKETS) {
      Long n = f.backlog(b);
      bars.add(new SvgChart.Bar(t.getString("backlog." + b), n == null ? 0 : n));
    }
    return SvgChart.bars("agency-backlog", t.getString("backlog.chart"), bars, v -> fmt.number(v));
  }

  public List<String> getBuckets() {
    return BUCKETS;
  }

  /**
   * Figures of the agency per category over the same range: only categories with complaints, the
   * largest first, suppressed (1–9) ones last.
   */
  public List<CategoryRow> getCategories() {
    if (categories == null && isHasStatistics()) {
      categories = new ArrayList<>();
      for (DimensionMember c : statistics.members(Dimension.CATEGORY)) {
        var f =
            statistics.figures(
                new StatisticsScope(agencyId, Long.valueOf(c.key()), null, null), range);
        if (f.received() > 0) {
          categories.add(new CategoryRow(c, Figures.of(f)));
        }
      }
      categories.sort(CategoryRow.ORDER);
    }
    return categories;
  }

  /** The five complaints with this agency received last. */
  public List<ComplaintSummary> getLatest() {
    if (latest == null && isFound()) {
      latest =
          complaints.latest(
              new ComplaintFilter(
                  agency.getCode(),
                  (String) null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null),
              5);
    }
    return latest;
  }

  /** One month of the trend. */
  public static final class MonthRow {
    private final YearMonth month;
    private final Figures figures;
    private final String label;

    MonthRow(YearMonth month, Figures figures, java.util.Locale locale) {
      this.month = month;
      this.figures = figures;
      this.label = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    public String getMonth() {
      return month.toString();
    }

    /** The month in the page's language, e.g. {@code Mar 2026}. */
    public String getLabel() {
      return label;
    }

    public Figures getFigures() {
      return figures;
    }
  }

  /** One category of the agency's breakdown. */
  public static final class CategoryRow {
    static final Comparator<CategoryRow> ORDER =
        Comparator.comparing((CategoryRow r) -> r.figures.isSuppressed())
            .thenComparing(
                r -> r.figures.getReceived() == null ? 0L : r.figures.getReceived(),
                Comparator.reverseOrder())
            .thenComparing(r -> r.member.code());

    private final DimensionMember member;
    private final Figures figures;

    CategoryRow(DimensionMember member, Figures figures) {
      this.member = member;
      this.figures = figures;
    }

    public String getCode() {
      return member.code();
    }

    public String getNameId() {
      return member.nameId();
    }

    public String getNameEn() {
      return member.nameEn();
    }

    public Figures getFigures() {
      return figures;
    }
  }
}
