package id.aduanterbuka.category;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The public identifier of a category as a user gives it, e.g. {@code jalan-rusak}: lower-case
 * words joined by single dashes, at most 48 characters — the rule {@link Category} enforces on the
 * codes it stores, so a malformed code is rejected before any lookup.
 */
public record CategoryCode(String value) {
  public static final int MAX_LENGTH = 48;
  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public CategoryCode {
    if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "category",
          "'"
              + value
              + "' is not a category code: use up to "
              + MAX_LENGTH
              + " lower-case letters, digits and single dashes, e.g. jalan-rusak.");
    }
  }

  public static CategoryCode of(String value) {
    return new CategoryCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
