package id.aduanterbuka.api.statistics;

import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.FairRanking;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the fair ranking; rank and figures are null below the minimum sample. */
@Schema(name = "RankingRow")
@JsonbNillable
public record RankingRow(
    @Schema(description = "1 = best; null when the agency has too few decided complaints")
        Integer rank,
    @Schema(example = "DPU-3374") String agency,
    String agencyName,
    @Schema(description = "Decided complaints (answered, or unanswered past SLA)") long n,
    @Schema(description = "Share answered within SLA") Double slaCompliance,
    @Schema(description = "Wilson 95 % interval, lower") Double slaLower,
    @Schema(description = "Wilson 95 % interval, upper") Double slaUpper,
    @Schema(description = "Answered complaints behind the median") Long answered,
    @Schema(description = "Median working days to first response") Double medianWorkingDays,
    @Schema(description = "Order-statistic 95 % interval of the median, lower") Double medianLower,
    @Schema(description = "Order-statistic 95 % interval of the median, upper")
        Double medianUpper) {
  static RankingRow of(FairRanking.Ranked r, DimensionMember agency) {
    return new RankingRow(
        r.rank(),
        agency.code(),
        agency.nameId(),
        r.n(),
        r.slaCompliance(),
        r.slaInterval() == null ? null : r.slaInterval().low(),
        r.slaInterval() == null ? null : r.slaInterval().high(),
        r.answered(),
        r.medianResponseWorkingDays(),
        r.medianInterval() == null ? null : r.medianInterval().low(),
        r.medianInterval() == null ? null : r.medianInterval().high());
  }
}
