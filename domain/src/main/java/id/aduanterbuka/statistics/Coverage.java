package id.aduanterbuka.statistics;

/**
 * How far the instance's agencies and regencies reach citizens: agencies with at least one
 * verified-active social-media account ({@link
 * id.aduanterbuka.agency.Agency#hasActiveSocialChannel()}) and regencies/cities with a public
 * service mall.
 */
public record Coverage(
    long agencies, long agenciesWithActiveSocialChannel, long regencies, long regenciesWithMpp) {

  /** Share of agencies with an active social channel; null without agencies. */
  public Double socialChannelShare() {
    return agencies == 0 ? null : (double) agenciesWithActiveSocialChannel / agencies;
  }

  /** Share of regencies/cities with an MPP ("21 of 35"); null without regencies. */
  public Double mppShare() {
    return regencies == 0 ? null : (double) regenciesWithMpp / regencies;
  }
}
