package id.aduanterbuka.ingest;

import java.util.List;

/** The outcome for one reference row: the checked value, or the problems that keep it out. */
public record RowResult<T>(T value, List<RowError> errors) {
  public RowResult {
    errors = List.copyOf(errors);
    if ((value == null) == errors.isEmpty()) {
      throw new IllegalArgumentException("a row is either valid or has errors, never both");
    }
  }

  public boolean valid() {
    return value != null;
  }
}
