package id.aduanterbuka.api.statistics;

import id.aduanterbuka.statistics.StatisticsService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One member of a breakdown with its figures. */
@Schema(name = "BreakdownRow")
public record BreakdownRow(
    @Schema(description = "Code of the agency, category, channel or regency", example = "33.74")
        String code,
    @Schema(description = "Name (Indonesian)", example = "Kota Semarang") String name,
    @Schema(description = "Name (English); equals the Indonesian name when untranslated")
        String nameEn,
    FiguresView figures) {
  static BreakdownRow of(StatisticsService.Breakdown b) {
    return new BreakdownRow(
        b.member().code(), b.member().nameId(), b.member().nameEn(), FiguresView.of(b.figures()));
  }
}
