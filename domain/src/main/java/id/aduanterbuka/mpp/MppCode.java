package id.aduanterbuka.mpp;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The public identifier of a Mal Pelayanan Publik as a user gives it, e.g. {@code MPP-3302}:
 * upper-case letters, digits and single dashes, at most 32 characters (the column's width).
 */
public record MppCode(String value) {
  public static final int MAX_LENGTH = 32;
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  public MppCode {
    if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "mpp",
          "'"
              + value
              + "' is not an MPP code: use up to "
              + MAX_LENGTH
              + " upper-case letters, digits and single dashes, e.g. MPP-3302.");
    }
  }

  public static MppCode of(String value) {
    return new MppCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
