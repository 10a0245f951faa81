package id.aduanterbuka.shared;

/**
 * The caller's key may not make this write (a reader key, another agency's complaint…): 403 in the
 * API. Shared by intake and evidence photos.
 */
public class NotPermittedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }
}
