package id.aduanterbuka.privacy;

import java.util.ArrayList;
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
    // A pair begins a word with a capital; a long number where a digit follows no digit.
    Scan pairs = Scan.of(PAIR, redacted, capitalisedWordStarts(redacted), Scan.Prefixes.ANY);
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
    Scan numbers = Scan.of(DIGITS, redacted, TextView.numberStarts(redacted), Scan.Prefixes.ANY);
    while (numbers.find()) {
      if (digitCount(numbers.group()) >= 7 && !isMoney(redacted, numbers.start())) {
        risks.add(LONG_NUMBER);
        break;
      }
    }
    return risks;
  }

  private static int[] capitalisedWordStarts(String text) {
    int[] starts = TextView.wordStarts(text);
    int n = 0;
    for (int start : starts) {
      if (Character.isUpperCase(text.codePointAt(start))) {
        starts[n++] = start;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
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
