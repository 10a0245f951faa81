package id.aduanterbuka.web.ranking;

import id.aduanterbuka.statistics.StatisticsService;
import id.aduanterbuka.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of {@code ranking.xhtml}: the fair ranking of the months {@code from}–{@code to}
 * (YYYY-MM; default the twelve months ending with the latest complaint, as the API's). A bad month
 * shows a message and the default period instead of an error.
 */
@Named("ranking")
@RequestScoped
public class RankingPage {
  static final int MAX_MONTHS = 36;

  @Inject StatisticsService statistics;
  @Inject RankingRows rows;
  @Inject LanguageSelector language;

  private YearMonth from;
  private YearMonth to;
  private boolean invalid;
  private List<RankingRows.Row> all;

  private void period() {
    if (to != null) {
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    YearMonth last = statistics.defaultLastMonth();
    YearMonth[] chosen = choose(params.get("from"), params.get("to"), last);
    invalid = chosen == null;
    from = invalid ? last.minusMonths(11) : chosen[0];
    to = invalid ? last : chosen[1];
  }

  /** The period asked for, or null when a month is malformed, reversed or too long. */
  static YearMonth[] choose(String fromText, String toText, YearMonth latest) {
    try {
      YearMonth last = blank(toText) ? latest : YearMonth.parse(toText.strip());
      YearMonth first = blank(fromText) ? last.minusMonths(11) : YearMonth.parse(fromText.strip());
      if (first.isAfter(last) || first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
        return null;
      }
      return new YearMonth[] {first, last};
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private List<RankingRows.Row> all() {
    if (all == null) {
      period();
      all = rows.all(from, to);
    }
    return all;
  }

  public boolean isInvalid() {
    period();
    return invalid;
  }

  public String getFrom() {
    period();
    return from.toString();
  }

  public String getTo() {
    period();
    return to.toString();
  }

  public String getPeriod() {
    period();
    return name(from) + " – " + name(to);
  }

  private String name(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, language.getLocale()) + " " + m.getYear();
  }

  public List<RankingRows.Row> getRanked() {
    return all().stream().filter(r -> r.rank() != null).toList();
  }

  public List<RankingRows.Row> getUnranked() {
    return all().stream().filter(r -> r.rank() == null).toList();
  }
}
