package id.aduanterbuka.intake;

/** The caller's key may not make this write (a reader key, another agency's complaint…). */
public class NotPermittedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }
}
