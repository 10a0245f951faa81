package id.aduanterbuka.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a text as {@link NameRule} reads them: runs of letters (joined by an apostrophe or
 * hyphen: "Al-Ghazali", "Ma'ruf"), each with its lower-case form, whether it is capitalised and the
 * cue lists it is on ({@link NameCues}); and where a signature dash can begin.
 */
final class NameTokens {
  private NameTokens() {}

  /** A word of the text; {@code cues} has a bit for each cue word list it is on. */
  record Token(int start, int end, String text, String lower, boolean capitalised, int cues) {}

  static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*\\.?");

  /** The matches of {@link #WORD}, without their final dot; by hand, as this runs on every word. */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = letters(text, i);
      // ['’\-] joins two runs of letters: "Al-Ghazali", "Ma'ruf".
      while (end < text.length()
          && "'’-".indexOf(text.charAt(end)) >= 0
          && end + 1 < text.length()
          && Character.isLetter(text.codePointAt(end + 1))) {
        end = letters(text, end + 1);
      }
      String bare = text.substring(start, end);
      boolean capitalised = Character.isUpperCase(bare.charAt(0));
      String lower = bare.toLowerCase(Locale.ROOT);
      tokens.add(new Token(start, end, bare, lower, capitalised, NameCues.cuesOf(lower)));
      i = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
    }
    return tokens;
  }

  /** The end of the run of letters starting at {@code i}. */
  private static int letters(String text, int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 128) {
        if ((c | 0x20) < 'a' || (c | 0x20) > 'z') {
          break;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /**
   * Where "— Sutarmi" can begin, as {@code (?:^|\n|\s)[—–~-]}: a dash opening the text, or a space
   * before a dash.
   */
  static int[] dashes(String text) {
    int[] dashes = new int[4];
    int n = 0;
    if (!text.isEmpty() && isDash(text.charAt(0))) {
      dashes[n++] = 0;
    }
    for (int i = 1; i < text.length(); i++) {
      if (isDash(text.charAt(i)) && Scan.isSpace(text.charAt(i - 1))) {
        if (n == dashes.length) {
          dashes = Arrays.copyOf(dashes, n * 2);
        }
        dashes[n++] = i - 1;
      }
    }
    return Arrays.copyOf(dashes, n);
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '~' || c == '—' || c == '–';
  }
}
