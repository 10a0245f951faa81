package id.aduanterbuka.privacy;

/** What an operator decided about a complaint's published text. */
public enum ReviewDecision {
  /** Publish the redacted text as it is (the residual risk was checked and is acceptable). */
  APPROVED,
  /** Publish the operator's own edit of the text (itself redacted again before storing). */
  EDITED,
  /** Do not publish the text at all. */
  WITHHELD;

  /** The publication this decision leads to. */
  public Publication publication() {
    return this == WITHHELD ? Publication.WITHHELD : Publication.PUBLISHED;
  }
}
