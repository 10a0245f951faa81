package id.aduanterbuka.agency;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A stable public identifier for an agency, used in URLs: upper-case letters, digits and dashes,
 * e.g. {@code DINKES-3374} (Dinas Kesehatan Kota Semarang) or {@code PDAM-3302}.
 */
public record AgencyCode(String value) implements Comparable<AgencyCode> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  public static final int MAX_LENGTH = 32;

  public AgencyCode {
    if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "agency",
          "'"
              + value
              + "' is not an agency code: use up to "
              + MAX_LENGTH
              + " upper-case letters, digits and single dashes, e.g. DINKES-3374.");
    }
  }

  public static AgencyCode of(String value) {
    return new AgencyCode(value);
  }

  @Override
  public int compareTo(AgencyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
