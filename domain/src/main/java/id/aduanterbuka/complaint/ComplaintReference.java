package id.aduanterbuka.complaint;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The public tracking number a reporter is given and the portal shows, e.g. {@code
 * ADU-2019-0004211}: a prefix chosen by the instance, the year received and a 7-digit serial (6
 * digits are accepted for imported numbers). It carries no personal data.
 */
public record ComplaintReference(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,5}-(20[0-9]{2})-[0-9]{6,7}");

  public ComplaintReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "reference",
          "'" + value + "' is not a complaint reference: expected e.g. ADU-2019-004211.");
    }
  }

  public static ComplaintReference of(String prefix, int year, long serial) {
    return new ComplaintReference(String.format("%s-%04d-%07d", prefix, year, serial));
  }

  public int year() {
    return Integer.parseInt(value.substring(value.indexOf('-') + 1, value.lastIndexOf('-')));
  }

  @Override
  public String toString() {
    return value;
  }
}
