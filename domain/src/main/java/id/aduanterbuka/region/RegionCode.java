package id.aduanterbuka.region;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: {@code 33} (province), {@code 33.74} (regency/city), {@code 33.74.01}
 * (district), {@code 33.74.01.1001} (village). The code of a region starts with its parent's code.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
  private static final Pattern FORMAT =
      Pattern.compile("[1-9][0-9](\\.[0-9]{2}(\\.[0-9]{2}(\\.[12][0-9]{3})?)?)?");

  public RegionCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "region",
          "'"
              + value
              + "' is not a Kemendagri region code: expected 33, 33.74, 33.74.01 or"
              + " 33.74.01.1001.");
    }
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  public RegionLevel level() {
    return RegionLevel.ofSegments(value.split("\\.").length);
  }

  /** The code of the region one level up, or empty for a province. */
  public Optional<RegionCode> parent() {
    int cut = value.lastIndexOf('.');
    return cut < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, cut)));
  }

  /** The province part, e.g. {@code 33} for {@code 33.74.01}. */
  public RegionCode province() {
    return new RegionCode(value.substring(0, 2));
  }

  /** True when this region is {@code other} or lies inside it. */
  public boolean isWithin(RegionCode other) {
    return value.equals(other.value) || value.startsWith(other.value + ".");
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
