package id.aduanterbuka.web.info;

import id.aduanterbuka.privacy.SmallCellPolicy;
import id.aduanterbuka.statistics.FairRanking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backing bean of {@code about.xhtml}: the thresholds the methodology names, read from the domain
 * rules themselves so that the explanation cannot drift from what is computed.
 */
@Named("about")
@RequestScoped
public class AboutPage {
  /** Groups smaller than this are suppressed (counts shown as "&lt;10", no medians or rates). */
  public int getSmallCellMinimum() {
    return SmallCellPolicy.DEFAULT.minimumGroup();
  }

  /** Agencies with fewer decided complaints are listed unranked. */
  public int getRankingMinimum() {
    return FairRanking.DEFAULT_MINIMUM_N;
  }
}
