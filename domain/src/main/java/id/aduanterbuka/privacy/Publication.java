package id.aduanterbuka.privacy;

/**
 * Whether a complaint's text may be shown to the public. Independent of the complaint's lifecycle
 * status: a complaint is visible only when its status {@link
 * id.aduanterbuka.complaint.ComplaintStatus#isPublic() is public} and its publication is {@link
 * #PUBLISHED}.
 */
public enum Publication {
  /** Redaction flagged a residual risk: an operator must approve, edit or withhold it. */
  PENDING_REVIEW,
  /** Redacted without residual risk, or approved or edited by an operator. */
  PUBLISHED,
  /**
   * An operator decided the text must not be published (the complaint still counts in statistics).
   */
  WITHHELD;

  /** The publication a fresh redaction leads to, before any operator decision. */
  public static Publication after(Redaction redaction) {
    return redaction.hasResidualRisk() ? PENDING_REVIEW : PUBLISHED;
  }

  public boolean isVisible() {
    return this == PUBLISHED;
  }
}
