package id.aduanterbuka.access;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whom a key was issued to; also the key holder's role in the API. */
public enum KeyKind {
  /** An agency (OPD): will add events to complaints routed to it. Always names its agency. */
  AGENCY,
  /** The instance's own operators and their tools. */
  OPERATOR,
  /** A heavy reader (a newsroom, a research group) that needs more than the anonymous limit. */
  READER;

  /** Whether a key of this kind belongs to one agency (and must name it). */
  public boolean belongsToAgency() {
    return this == AGENCY;
  }

  /** Case-insensitive, as typed by an operator ({@code agency}, {@code reader}…). */
  public static KeyKind parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException(
          "kind",
          "'"
              + value
              + "' is not a key kind: use one of "
              + Arrays.stream(values())
                  .map(k -> k.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ".");
    }
  }
}
