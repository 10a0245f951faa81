package id.aduanterbuka.api.open311;

import id.aduanterbuka.category.CategoryView;
import id.aduanterbuka.category.ReportType;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service type of GET services: one of our complaint categories. */
@Schema(
    name = "Open311Service",
    description = "An Open311 service type: one complaint category of this instance")
@JsonbPropertyOrder({
  "serviceCode",
  "serviceName",
  "description",
  "metadata",
  "type",
  "keywords",
  "group"
})
public record Open311Service(
    @JsonbProperty("service_code")
        @Schema(name = "service_code", description = "Category code", example = "jalan-rusak")
        String serviceCode,
    @JsonbProperty("service_name")
        @Schema(
            name = "service_name",
            description = "Category name in Indonesian",
            example = "Jalan rusak")
        String serviceName,
    @Schema(
            description = "Category name in English, its report type and follow-up deadline",
            example = "Damaged roads. Complaint (pengaduan); follow-up within 14 working days.")
        String description,
    @Schema(description = "Always false: no service asks for extra attributes") boolean metadata,
    @Schema(description = "Always realtime", example = "realtime") String type,
    @Schema(
            description =
                "Comma-separated words: those of the code (Indonesian) and the report type in"
                    + " Indonesian and English",
            example = "jalan, rusak, pengaduan, complaint")
        String keywords,
    @Schema(
            description =
                "The category's report type: COMPLAINT, ASPIRATION or INFORMATION_REQUEST",
            example = "COMPLAINT")
        String group) {

  static Open311Service of(CategoryView category) {
    ReportType type = category.reportType();
    return new Open311Service(
        category.code(),
        category.nameId(),
        category.nameEn()
            + ". "
            + english(type)
            + " ("
            + indonesian(type)
            + "); follow-up within "
            + category.slaWorkingDays()
            + " working days.",
        false,
        "realtime",
        String.join(", ", category.code().replace("-", ", "), indonesian(type), english(type))
            .toLowerCase(Locale.ROOT),
        type.name());
  }

  private static String english(ReportType type) {
    return switch (type) {
      case COMPLAINT -> "Complaint";
      case ASPIRATION -> "Aspiration";
      case INFORMATION_REQUEST -> "Information request";
    };
  }

  private static String indonesian(ReportType type) {
    return switch (type) {
      case COMPLAINT -> "pengaduan";
      case ASPIRATION -> "aspirasi";
      case INFORMATION_REQUEST -> "permintaan informasi";
    };
  }
}
