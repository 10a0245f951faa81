package id.aduanterbuka.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left in a redacted text that might still identify someone and that no rule could decide:
 * such texts go to a human before publication.
 */
final class ResidualRisk {
  static final String CAPITALISED_PAIR = "capitalised word pair that may be an unrecognised name: ";
  static final String LONG_NUMBER = "long number left in the text";

  private static final Pattern PAIR =
      Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}{2,})(?=\\s(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}]))");
  private static final Pattern DIGITS = Pattern.compile("(?<![\\d])\\d(?:[\\d .\\-]*\\d)?");

  private ResidualRisk() {}

  /** Risks in {@code redacted}; {@code view} holds the kept spans of the original. */
  static List<String> assess(String redacted, KeptSpans kept) {
    List<String> risks = new ArrayList<>();
    // Each pattern is tried only where it can match (see Scan): at capitalised word pairs, and
    // where a digit follows no digit.
    Scan pairs = Scan.of(PAIR, redacted, pairStarts(redacted), StartWords.ANY);
    while (pairs.find()) {
      Matcher m = pairs.match();
      String a = m.group(1).toLowerCase(Locale.ROOT);
      String b = m.group(2).toLowerCase(Locale.ROOT);
      if (isExplained(a) || isExplained(b) || kept.contains(m.group(1) + " " + m.group(2))) {
        continue;
      }
      if (!atSentenceStart(redacted, m.start())) {
        risks.add(CAPITALISED_PAIR + "at " + m.start());
        break;
      }
    }
    Scan numbers = Scan.of(DIGITS, redacted, TextView.numberStarts(redacted), StartWords.ANY);
    while (numbers.find()) {
      if (digitCount(numbers.group()) >= 7 && !isMoney(redacted, numbers.start())) {
        risks.add(LONG_NUMBER);
        break;
      }
    }
    return risks;
  }

  /**
   * Where {@link #PAIR} can match: a word of a capital and two or more small letters, a space, and
   * a capital. The checks are looser than the pattern's categories (upper and lower case rather
   * than Lu and Ll), so they pass wherever it matches.
   */
  private static int[] pairStarts(String text) {
    int[] starts = new int[4];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean maybeCapital = c >= 128 || (c >= 'A' && c <= 'Z');
      if (maybeCapital
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && startsPair(text, i)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static boolean startsPair(String text, int i) {
    int cp = text.codePointAt(i);
    if (!Character.isUpperCase(cp)) {
      return false;
    }
    int j = i + Character.charCount(cp);
    int small = 0;
    while (j < text.length() && Character.isLowerCase(cp = text.codePointAt(j))) {
      small++;
      j += Character.charCount(cp);
    }
    if (small < 2 || j >= text.length() || !Scan.isSpace(text.charAt(j))) {
      return false;
    }
    return j + 1 < text.length() && Character.isUpperCase(text.codePointAt(j + 1));
  }

  private static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  private static boolean isExplained(String word) {
    return Words.COMMON.contains(word)
        || Words.TITLES.contains(word)
        || Words.PLACES.contains(word);
  }

  private static boolean atSentenceStart(String text, int at) {
    String before = text.substring(0, at).stripTrailing();
    return before.isEmpty()
        || before.endsWith(".")
        || before.endsWith("!")
        || before.endsWith("?")
        || before.endsWith("\n");
  }

  private static boolean isMoney(String text, int at) {
    String before = text.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT);
    return before.contains("rp");
  }

  /** The kept (public) terms of the original, so a facility name is not flagged as a name. */
  interface KeptSpans {
    boolean contains(String phrase);
  }
}
