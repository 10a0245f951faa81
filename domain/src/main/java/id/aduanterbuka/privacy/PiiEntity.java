package id.aduanterbuka.privacy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One piece of personal data found in a text: its type, where it is in the original ({@code start}
 * inclusive, {@code end} exclusive) and the rule that found it. Never carries the value itself, so
 * entity lists can be logged and stored without leaking.
 */
public record PiiEntity(PiiType type, int start, int end, String rule) {
  private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]*");

  public PiiEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  boolean overlapsOrTouches(PiiEntity other, String text) {
    if (other.start < end && start < other.end) {
      return true;
    }
    // Two spans of the same address separated only by spaces or a comma are one address.
    if (type == PiiType.ALAMAT && other.type == PiiType.ALAMAT) {
      int from = Math.min(end, other.end);
      int to = Math.max(start, other.start);
      return from <= to && SPACES_OR_COMMAS.matcher(text.substring(from, to)).matches();
    }
    return false;
  }
}
