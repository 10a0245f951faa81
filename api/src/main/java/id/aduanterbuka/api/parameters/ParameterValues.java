package id.aduanterbuka.api.parameters;

import id.aduanterbuka.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Parses parameters that resources take as text. JAX-RS answers 404 when it cannot convert a query
 * parameter to a boolean or an enum; reading text and parsing here makes it a 400 problem, and the
 * problem names the parameter as the client spelled it ({@code parent}, not the {@code region} a
 * {@link id.aduanterbuka.region.RegionCode} would name).
 */
public final class ParameterValues {
  private ParameterValues() {}

  /** {@code parse(value)}, or null when the parameter is absent or blank. */
  public static <T> T optional(String name, String value, Function<String, T> parse) {
    return value == null || value.isBlank() ? null : required(name, value, parse);
  }

  /** {@code parse(value)}; a value the domain rejects is reported under {@code name}. */
  public static <T> T required(String name, String value, Function<String, T> parse) {
    try {
      return parse.apply(value == null ? null : value.strip());
    } catch (InvalidValueException e) {
      throw e.field().equals(name) ? e : new InvalidValueException(name, e.getMessage());
    }
  }

  /** {@code true} or {@code false} (any case), or null when absent or blank. */
  public static Boolean optionalFlag(String name, String value) {
    return optional(
        name,
        value,
        v ->
            switch (v.toLowerCase(Locale.ROOT)) {
              case "true" -> Boolean.TRUE;
              case "false" -> Boolean.FALSE;
              default ->
                  throw new InvalidValueException(
                      name, name + " must be true or false, was '" + v + "'.");
            });
  }

  /** The constant of {@code type} named {@code value}, or null when absent or blank. */
  public static <E extends Enum<E>> E optionalConstant(String name, String value, Class<E> type) {
    return optional(
        name,
        value,
        v -> {
          try {
            return Enum.valueOf(type, v);
          } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                name,
                "'"
                    + v
                    + "' is not a valid "
                    + name
                    + "; use one of "
                    + Arrays.toString(type.getEnumConstants())
                    + ".");
          }
        });
  }
}
