package id.aduanterbuka.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a pattern's matches can open with, as a cheap test of a candidate position for {@link
 * Scan}: a bit per first and second character, and, when the whole first word is known, the words
 * themselves. Immutable, so the rules share one per pattern across threads.
 */
final class StartWords {
  /** Allows every position: for patterns that may begin with any letter ({@code \p{Lu}}). */
  static final StartWords ANY = new StartWords(false, true, new boolean[128], new long[128], null);

  private final boolean any;
  private final boolean ignoreCase;
  private final boolean[] single;
  // Bit (second & 63) of pairs[first]: two seconds may share a bit, which only lets an extra
  // candidate through; the table (1 KB) stays in the cache.
  private final long[] pairs;
  // The first words by their (folded) first character, compared in place; null if not known.
  private final String[][] firstWords;
  private final int longestFirstWord;
  // Bit n of lengths[c]: some first word starting with c has n letters (n < 64).
  private final long[] lengths = new long[128];

  private StartWords(
      boolean ignoreCase, boolean any, boolean[] single, long[] pairs, String[][] firstWords) {
    this.ignoreCase = ignoreCase;
    this.any = any;
    this.single = single;
    this.pairs = pairs;
    this.firstWords = firstWords;
    int longest = 0;
    for (int c = 0; firstWords != null && c < firstWords.length; c++) {
      for (String word : firstWords[c]) {
        longest = Math.max(longest, word.length());
        lengths[c] |= 1L << Math.min(word.length(), 63);
      }
    }
    this.longestFirstWord = longest;
  }

  /**
   * Matches begin like one of {@code words}: the first character literally (ASCII), the second too
   * unless it is regex syntax, which allows any second character. Later characters are ignored:
   * "Rumah\\s+Sakit" begins "Ru", "a\\.\\s?n" begins with "a".
   *
   * @param ignoreCase the pattern is {@code (?i)}: ASCII case-insensitive
   */
  static StartWords of(boolean ignoreCase, String... words) {
    return new StartWords(
        ignoreCase, false, singles(ignoreCase, words), pairs(ignoreCase, words), null);
  }

  /**
   * Stricter: the word a match begins with (its run of ASCII letters) is known. Each alternative
   * opens with letters that nothing in the pattern lets another letter follow — "RSUD" then {@code
   * \b}, "Jl" then {@code \.}, "UP" of "UP3", "Rumah" of "Rumah\\s+Sakit", plate prefix "AD" then a
   * space or digit — so that run is the whole first word of the match.
   */
  static StartWords firstWords(boolean ignoreCase, String... alternatives) {
    List<List<String>> byFirst = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      byFirst.add(new ArrayList<>());
    }
    for (String alternative : alternatives) {
      int end = asciiLetters(alternative, 0, alternative.length());
      if (end == 0) {
        throw new IllegalArgumentException("no opening word: " + alternative);
      }
      byFirst.get(fold(ignoreCase, alternative.charAt(0))).add(alternative.substring(0, end));
    }
    String[][] words = new String[128][];
    for (int c = 0; c < 128; c++) {
      words[c] = byFirst.get(c).toArray(String[]::new);
    }
    return new StartWords(
        ignoreCase,
        false,
        singles(ignoreCase, alternatives),
        pairs(ignoreCase, alternatives),
        words);
  }

  private static boolean[] singles(boolean ignoreCase, String[] words) {
    boolean[] single = new boolean[128];
    for (String word : words) {
      if (!hasLiteralSecond(ignoreCase, word)) {
        single[first(ignoreCase, word)] = true;
      }
    }
    return single;
  }

  private static long[] pairs(boolean ignoreCase, String[] words) {
    long[] pairs = new long[128];
    for (String word : words) {
      if (hasLiteralSecond(ignoreCase, word)) {
        pairs[first(ignoreCase, word)] |= 1L << fold(ignoreCase, word.charAt(1));
      }
    }
    return pairs;
  }

  private static char first(boolean ignoreCase, String word) {
    char first = fold(ignoreCase, word.charAt(0));
    if (first >= 128) {
      throw new IllegalArgumentException("not an ASCII start: " + word);
    }
    return first;
  }

  private static boolean hasLiteralSecond(boolean ignoreCase, String word) {
    if (word.length() == 1) {
      return false;
    }
    char second = fold(ignoreCase, word.charAt(1));
    return second < 128 && "\\[](){}.*+?|^$".indexOf(second) < 0;
  }

  /**
   * The end of the run of ASCII letters from {@code from}, looking no further than {@code limit}.
   */
  private static int asciiLetters(String s, int from, int limit) {
    int end = from;
    int stop = Math.min(limit, s.length());
    while (end < stop) {
      int c = s.charAt(end) | 0x20;
      if (c < 'a' || c > 'z') {
        break;
      }
      end++;
    }
    return end;
  }

  /** Whether a match can begin at {@code at}. */
  boolean allows(String text, int at) {
    if (any) {
      return true;
    }
    char first = fold(ignoreCase, text.charAt(at));
    if (first >= 128) {
      return false;
    }
    if (!single[first]) {
      if (at + 1 >= text.length()) {
        return false;
      }
      char second = fold(ignoreCase, text.charAt(at + 1));
      if ((pairs[first] >>> second & 1) == 0) {
        return false;
      }
    }
    return firstWords == null || opensWithWord(text, at, first);
  }

  private boolean opensWithWord(String text, int at, char first) {
    int length = asciiLetters(text, at, at + longestFirstWord + 1) - at;
    if (length > longestFirstWord || (lengths[first] >>> Math.min(length, 63) & 1) == 0) {
      return false;
    }
    // The run is ASCII letters, so regionMatches' case folding is (?i)'s ASCII folding.
    for (String word : firstWords[first]) {
      if (word.length() == length && text.regionMatches(ignoreCase, at, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  // (?i) without UNICODE_CASE folds ASCII letters only, so must this.
  private static char fold(boolean ignoreCase, char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
