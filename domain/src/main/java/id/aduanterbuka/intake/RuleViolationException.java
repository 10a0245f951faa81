package id.aduanterbuka.intake;

/**
 * A well-formed write the complaint's state does not allow (an event out of order, a reused
 * idempotency key with another request); {@link #field()} names the input to change.
 */
public class RuleViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public RuleViolationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
