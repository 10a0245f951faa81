package id.aduanterbuka.ingest;

import id.aduanterbuka.category.ReportType;

/** A category row that passed its checks; the SLA is filled in from the report type if blank. */
public record ImportedCategory(
    String code,
    String nameId,
    String nameEn,
    ReportType reportType,
    boolean requiresOversight,
    int slaWorkingDays,
    String defaultAgencyCode) {}
