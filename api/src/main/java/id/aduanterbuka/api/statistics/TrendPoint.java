package id.aduanterbuka.api.statistics;

import id.aduanterbuka.statistics.MonthFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One month of a trend. */
@Schema(name = "TrendPoint")
public record TrendPoint(
    @Schema(description = "Month of receipt (WIB)", example = "2024-03") String month,
    FiguresView figures) {
  static TrendPoint of(MonthFigures m) {
    return new TrendPoint(m.month().toString(), FiguresView.of(m.figures()));
  }
}
