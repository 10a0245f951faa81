package id.aduanterbuka.evidence;

/** An upload we will not keep, and why; the message tells the sender what to change. */
public class PhotoRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an upload was refused. */
  public enum Reason {
    /** Not JPEG, PNG or WebP by its content, or not decodable as one. */
    UNSUPPORTED_TYPE,
    /** More bytes or pixels than the limits allow. */
    TOO_LARGE
  }

  private final Reason reason;

  public PhotoRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
