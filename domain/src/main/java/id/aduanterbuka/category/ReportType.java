package id.aduanterbuka.category;

/**
 * The three kinds of report SP4N-LAPOR! distinguishes, with the national follow-up deadlines in
 * working days (Perpres 76/2013 and PermenPANRB 62/2018 on managing public complaints).
 */
public enum ReportType {
  /** Pengaduan: a complaint about a public service. */
  COMPLAINT(14),
  /** Aspirasi: a suggestion or wish for a public service. */
  ASPIRATION(5),
  /** Permintaan informasi: a request for public information. */
  INFORMATION_REQUEST(5);

  /** Complaints that need an oversight body's examination get 60 working days. */
  public static final int OVERSIGHT_SLA_WORKING_DAYS = 60;

  private final int defaultSlaWorkingDays;

  ReportType(int defaultSlaWorkingDays) {
    this.defaultSlaWorkingDays = defaultSlaWorkingDays;
  }

  public int defaultSlaWorkingDays() {
    return defaultSlaWorkingDays;
  }

  /** The national default SLA for this type, 60 days for complaints needing oversight. */
  public int defaultSlaWorkingDays(boolean requiresOversight) {
    if (requiresOversight && this != COMPLAINT) {
      throw new IllegalArgumentException("only complaints can require oversight, not " + this);
    }
    return requiresOversight ? OVERSIGHT_SLA_WORKING_DAYS : defaultSlaWorkingDays;
  }
}
