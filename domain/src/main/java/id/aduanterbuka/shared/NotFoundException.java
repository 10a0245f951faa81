package id.aduanterbuka.shared;

/** Something was asked for by its public identifier and does not exist (or is not public). */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String kind;
  private final String identifier;

  public NotFoundException(String kind, String identifier) {
    super("No " + kind + " with identifier '" + identifier + "'.");
    this.kind = kind;
    this.identifier = identifier;
  }

  public String kind() {
    return kind;
  }

  public String identifier() {
    return identifier;
  }
}
