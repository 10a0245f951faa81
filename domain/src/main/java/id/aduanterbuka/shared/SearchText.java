package id.aduanterbuka.shared;

import java.util.Locale;

/**
 * Text a user searches names for: matched case-insensitively anywhere in a name. At most {@link
 * #MAX_LENGTH} characters so that a search stays a search and not a payload.
 */
public record SearchText(String value) {
  public static final int MAX_LENGTH = 100;

  public SearchText {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("q", "search text must not be blank.");
    }
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "q",
          "search text must be at most " + MAX_LENGTH + " characters, was " + value.length() + ".");
    }
  }

  /** The search for {@code text}, or null (no search) when it is null or blank. */
  public static SearchText ofNullable(String text) {
    return text == null || text.isBlank() ? null : new SearchText(text);
  }

  /** True when {@code name} contains this text, ignoring case. */
  public boolean matches(String name) {
    return name.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
  }
}
