package id.aduanterbuka.web.ranking;

import id.aduanterbuka.statistics.DateRange;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.FairRanking;
import id.aduanterbuka.statistics.Interval;
import id.aduanterbuka.statistics.StatisticsService;
import id.aduanterbuka.web.Formats;
import id.aduanterbuka.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fair ranking as page rows, formatted for the page's language: rank, agency, sample size, SLA
 * compliance and median working days to first response, each with its 95 % interval. The ranking
 * itself (minimum sample, intervals, order) is the domain's {@link FairRanking}, as in the API.
 */
@RequestScoped
public class RankingRows {
  @Inject StatisticsService statistics;
  @Inject LanguageSelector language;
  @Inject Formats fmt;

  /** A line of the ranking; {@code rank} is null for an agency with too few decided complaints. */
  public record Row(
      Integer rank,
      String code,
      String name,
      String n,
      String slaCompliance,
      String slaInterval,
      String median,
      String medianInterval) {
    public Integer getRank() {
      return rank;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getN() {
      return n;
    }

    public String getSlaCompliance() {
      return slaCompliance;
    }

    public String getSlaInterval() {
      return slaInterval;
    }

    public String getMedian() {
      return median;
    }

    public String getMedianInterval() {
      return medianInterval;
    }
  }

  /** Every agency of the months {@code from}–{@code to}: ranked ones by rank, then the others. */
  public List<Row> all(YearMonth from, YearMonth to) {
    Map<String, DimensionMember> agencies =
        statistics.members(Dimension.AGENCY).stream()
            .collect(Collectors.toMap(DimensionMember::key, Function.identity()));
    return statistics.ranking(DateRange.of(from, to), FairRanking.DEFAULT_MINIMUM_N).stream()
        .map(r -> row(r, agencies.get(Long.toString(r.agencyId()))))
        .toList();
  }

  /** Only the ranked agencies, best first. */
  public List<Row> ranked(YearMonth from, YearMonth to) {
    return all(from, to).stream().filter(r -> r.rank() != null).toList();
  }

  private Row row(FairRanking.Ranked r, DimensionMember agency) {
    boolean ranked = r.rank() != null;
    return new Row(
        r.rank(),
        agency == null ? "" : agency.code(),
        agency == null
            ? ""
            : language.isEnglish() && agency.nameEn() != null ? agency.nameEn() : agency.nameId(),
        fmt.number(r.n()),
        ranked ? fmt.percent(r.slaCompliance()) : Formats.NONE,
        ranked ? percentInterval(r.slaInterval()) : Formats.NONE,
        ranked ? fmt.decimal(r.medianResponseWorkingDays(), 1) : Formats.NONE,
        ranked ? interval(r.medianInterval()) : Formats.NONE);
  }

  private String percentInterval(Interval i) {
    return i == null ? Formats.NONE : fmt.percent(i.low()) + " – " + fmt.percent(i.high());
  }

  private String interval(Interval i) {
    return i == null ? Formats.NONE : fmt.decimal(i.low(), 1) + " – " + fmt.decimal(i.high(), 1);
  }
}
