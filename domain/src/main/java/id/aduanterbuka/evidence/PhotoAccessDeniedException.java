package id.aduanterbuka.evidence;

/** The caller's key may not submit photos for this complaint (a reader, or another agency). */
public class PhotoAccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PhotoAccessDeniedException(String message) {
    super(message);
  }
}
