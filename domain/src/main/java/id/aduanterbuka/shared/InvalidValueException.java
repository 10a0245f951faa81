package id.aduanterbuka.shared;

/**
 * A value given by a user (a code, a paging parameter, a text) breaks a rule of the model. The
 * message says what was wrong and how to fix it; {@link #field()} names the input it came from.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidValueException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
