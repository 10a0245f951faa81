package id.aduanterbuka.web.complaints;

import id.aduanterbuka.publicdata.ComplaintSummary;
import java.time.Instant;
import java.util.stream.Collectors;

/** One published complaint as a page shows it; getters because EL does not read records. */
public final class ComplaintRow {
  private final ComplaintSummary summary;
  private final boolean english;

  ComplaintRow(ComplaintSummary summary, boolean english) {
    this.summary = summary;
    this.english = english;
  }

  public String getReference() {
    return summary.reference();
  }

  public Instant getReceivedAt() {
    return summary.receivedAt();
  }

  public String getStatus() {
    return summary.status();
  }

  public String getChannel() {
    return summary.channel();
  }

  public String getCategoryCode() {
    return summary.categoryCode();
  }

  /** The category's name in the page's language (Indonesian when no English name is known). */
  public String getCategory() {
    return english && summary.categoryNameEn() != null
        ? summary.categoryNameEn()
        : summary.categoryNameId();
  }

  public String getRegionCode() {
    return summary.regionCode();
  }

  public String getRegion() {
    return summary.regionName();
  }

  /** The agencies the complaint is with, by name, comma-separated. */
  public String getAgencies() {
    return summary.agencies().stream()
        .map(ComplaintSummary.AgencyRef::name)
        .collect(Collectors.joining(", "));
  }

  /** The agencies' codes, space-separated (for tests and styling hooks). */
  public String getAgencyCodes() {
    return summary.agencies().stream()
        .map(ComplaintSummary.AgencyRef::code)
        .collect(Collectors.joining(" "));
  }

  public boolean isWithAgency() {
    return !summary.agencies().isEmpty();
  }

  public Instant getFirstResponseAt() {
    return summary.firstResponseAt();
  }

  public Instant getResolvedAt() {
    return summary.resolvedAt();
  }

  /** The start of the redacted, published text. */
  public String getExcerpt() {
    return summary.excerpt();
  }
}
