package id.aduanterbuka.evidence;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.Locale;

/** What a photo shows: the problem before the fix, or the result after it. */
public enum PhotoRole {
  BEFORE,
  AFTER;

  /** Parses {@code before} / {@code after}, in any case. */
  public static PhotoRole parse(String value) {
    if (value != null) {
      for (PhotoRole role : values()) {
        if (role.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return role;
        }
      }
    }
    throw new InvalidValueException("role", "role must be 'before' or 'after'.");
  }
}
