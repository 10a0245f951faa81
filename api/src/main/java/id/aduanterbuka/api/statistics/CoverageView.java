package id.aduanterbuka.api.statistics;

import id.aduanterbuka.statistics.Coverage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Coverage figures from the directory and the MPP catalogue. */
@Schema(name = "Coverage")
public record CoverageView(
    @Schema(example = "43") long agencies,
    @Schema(description = "Agencies with at least one active official social-media account")
        long agenciesWithActiveSocialChannel,
    @Schema(example = "0.86") Double socialChannelShare,
    @Schema(description = "Regencies and cities", example = "35") long regencies,
    @Schema(description = "Regencies and cities with a public service mall (MPP)")
        long regenciesWithMpp,
    @Schema(example = "0.6") Double mppShare) {
  static CoverageView of(Coverage c) {
    return new CoverageView(
        c.agencies(),
        c.agenciesWithActiveSocialChannel(),
        c.socialChannelShare(),
        c.regencies(),
        c.regenciesWithMpp(),
        c.mppShare());
  }
}
