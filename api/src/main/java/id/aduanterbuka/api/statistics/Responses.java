package id.aduanterbuka.api.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents the statistics resources answer with. */
public final class Responses {
  private Responses() {}

  /** Figures of one scope over a date range. */
  @Schema(name = "StatisticsResponse")
  public record Figures(
      @Schema(description = "Filters applied (null: all)") Scope scope,
      @Schema(example = "2024-01-01") String from,
      @Schema(example = "2024-12-31") String to,
      FiguresView figures) {}

  /** The filters of a statistics request. */
  @Schema(name = "StatisticsScope")
  public record Scope(
      @Schema(example = "DPU-3374") String agency,
      @Schema(example = "jalan-rusak") String category,
      @Schema(example = "WHATSAPP") String channel,
      @Schema(example = "33.74") String regency) {}

  /** A monthly trend. */
  @Schema(name = "TrendResponse")
  public record Trend(
      Scope scope,
      @Schema(example = "2024-01") String from,
      @Schema(example = "2024-12") String to,
      List<TrendPoint> months) {}

  /** Figures per member of a dimension. */
  @Schema(name = "BreakdownResponse")
  public record Breakdown(
      @Schema(example = "CATEGORY") String by,
      @Schema(example = "2024-01-01") String from,
      @Schema(example = "2024-12-31") String to,
      List<BreakdownRow> rows) {}

  /** The fair ranking. */
  @Schema(name = "RankingResponse")
  public record Ranking(
      @Schema(example = "2024-01") String from,
      @Schema(example = "2024-12") String to,
      @Schema(description = "Decided complaints needed to be ranked", example = "10") int minimumN,
      List<RankingRow> rows) {}
}
