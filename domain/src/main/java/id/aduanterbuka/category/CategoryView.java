package id.aduanterbuka.category;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyCode;

/** A detached, read-only picture of a category for interfaces. */
public record CategoryView(
    String code,
    String nameId,
    String nameEn,
    ReportType reportType,
    boolean requiresOversight,
    int slaWorkingDays,
    AgencyCode defaultAgencyCode,
    String defaultAgencyName) {

  static CategoryView of(Category category) {
    Agency agency = category.defaultAgency();
    return new CategoryView(
        category.code(),
        category.nameId(),
        category.nameEn(),
        category.reportType(),
        category.requiresOversight(),
        category.slaWorkingDays(),
        agency == null ? null : agency.code(),
        agency == null ? null : agency.name());
  }
}
