package id.aduanterbuka.ingest;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.category.CategoryCode;
import id.aduanterbuka.category.ReportType;
import java.util.List;
import java.util.Objects;

/**
 * Checks category rows: a lower-case code, both names, the report type, whether an oversight body
 * must examine it (complaints only), the follow-up deadline in working days (the national default
 * for the type when blank) and the known agency reports go to by default.
 */
public final class CategoryRowValidator {
  public static final List<String> FIELDS =
      List.of(
          "code",
          "name_id",
          "name_en",
          "report_type",
          "requires_oversight",
          "sla_working_days",
          "default_agency");

  static final int MAX_NAME = 120;

  private final ReferenceCodes codes;

  public CategoryRowValidator(ReferenceCodes codes) {
    this.codes = Objects.requireNonNull(codes);
  }

  public RowResult<ImportedCategory> validate(SourceRow row) {
    RowFields f = new RowFields(row);
    String code = f.code("code", CategoryCode::new, true);
    String nameId = f.text("name_id", MAX_NAME, true);
    String nameEn = f.text("name_en", MAX_NAME, true);
    ReportType type = f.choice("report_type", ReportType.class, true);
    Boolean oversight = f.bool("requires_oversight");
    boolean requiresOversight = Boolean.TRUE.equals(oversight);
    if (requiresOversight && type != null && type != ReportType.COMPLAINT) {
      f.error("requires_oversight", "only a COMPLAINT category can require oversight, not " + type);
    }
    Long sla = f.number("sla_working_days", 1, 365, false);
    String agency = f.known("default_agency", AgencyCode::new, codes.agencies(), false);
    return f.result(
        () ->
            new ImportedCategory(
                code,
                nameId,
                nameEn,
                type,
                requiresOversight,
                sla != null ? sla.intValue() : type.defaultSlaWorkingDays(requiresOversight),
                agency));
  }
}
