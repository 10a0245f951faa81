package id.aduanterbuka.web.complaints;

/** One choice of a filter's select: the value sent and the label shown. */
public final class Option {
  private final String value;
  private final String label;

  Option(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }
}
