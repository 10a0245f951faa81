package id.aduanterbuka.mpp;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The public identifier of a service in an MPP catalogue as a user gives it, e.g. {@code
 * disdukcapil-3302-ktp-el}: lower-case letters, digits and single dashes, at most 48 characters
 * (the column's width).
 */
public record MppServiceCode(String value) {
  public static final int MAX_LENGTH = 48;
  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public MppServiceCode {
    if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "service",
          "'"
              + value
              + "' is not a service code: use up to "
              + MAX_LENGTH
              + " lower-case letters, digits and single dashes, e.g. disdukcapil-3302-ktp-el.");
    }
  }

  public static MppServiceCode of(String value) {
    return new MppServiceCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
