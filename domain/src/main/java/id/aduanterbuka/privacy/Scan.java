package id.aduanterbuka.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a match can begin instead of at every character, as {@link
 * Matcher#find()} does. The rules' patterns mostly start with a cue word, a capital or a digit, and
 * most positions of a text can start none of them: trying the pattern at a few candidate positions
 * is where most of the redactor's speed comes from.
 *
 * <p>The matches are exactly those of {@code find()} — same order, non-overlapping, each the
 * pattern's preferred match at its start — provided every position where the pattern can match is a
 * candidate: each attempt uses transparent, non-anchoring bounds, so look-behinds, {@code \b} and
 * {@code ^} see the whole text just as {@code find()} does. A candidate list may hold positions
 * where nothing matches; it must never leave out one where something does.
 */
final class Scan {
  private final Pattern pattern;
  private Matcher matcher; // created at the first candidate: most scans have none
  private final String text;
  private final int[] starts;
  private final Prefixes prefixes;
  private int next;
  private int from;

  private Scan(Pattern pattern, String text, int[] starts, Prefixes prefixes) {
    this.pattern = pattern;
    this.text = text;
    this.starts = starts;
    this.prefixes = prefixes;
  }

  /**
   * The matches of {@code pattern} in {@code text} that start at one of {@code starts} (ascending)
   * and whose text begins with one of {@code prefixes}' words, found one by one with {@link
   * #find()} like a {@link Matcher}.
   */
  static Scan of(Pattern pattern, String text, int[] starts, Prefixes prefixes) {
    return new Scan(pattern, text, starts, prefixes);
  }

  /** Moves to the next match, as {@link Matcher#find()}; false when there is none. */
  boolean find() {
    while (next < starts.length) {
      int start = starts[next++];
      if (start < from || !prefixes.allows(text, start)) {
        continue;
      }
      if (matcher == null) {
        matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (matcher.region(start, text.length()).lookingAt()) {
        from = matcher.end() == start ? start + 1 : matcher.end();
        return true;
      }
    }
    return false;
  }

  /** The current match (valid until the next {@link #find()}). */
  Matcher match() {
    return matcher;
  }

  int start() {
    return matcher.start();
  }

  int end() {
    return matcher.end();
  }

  String group() {
    return matcher.group();
  }

  /** What {@code \s} matches: a space, tab, line break, vertical tab, form feed or return. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The positions of {@code starts} that {@code prefixes} allows. */
  static int[] filter(int[] starts, String text, Prefixes prefixes) {
    int[] kept = new int[starts.length];
    int n = 0;
    for (int start : starts) {
      if (prefixes.allows(text, start)) {
        kept[n++] = start;
      }
    }
    return java.util.Arrays.copyOf(kept, n);
  }

  /** The ascending union of two ascending position lists. */
  static int[] union(int[] a, int[] b) {
    int[] all = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
      if (n == 0 || all[n - 1] != next) {
        all[n++] = next;
      }
    }
    return java.util.Arrays.copyOf(all, n);
  }

  /** Ascending positions of {@code c} in {@code text}. */
  static int[] positionsOf(String text, char c) {
    int[] found = new int[4];
    int n = 0;
    for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
      if (n == found.length) {
        found = java.util.Arrays.copyOf(found, n * 2);
      }
      found[n++] = at;
    }
    return java.util.Arrays.copyOf(found, n);
  }

  /**
   * The first two characters a match can begin with, from the literal words that start the
   * pattern's alternatives: a look-up per candidate position that rules out nearly all of them.
   */
  static final class Prefixes {
    /** Allows every position: for patterns that may begin with any letter (\\p{Lu}). */
    static final Prefixes ANY = new Prefixes(false, true);

    private final boolean any;
    private final boolean ignoreCase;
    private final boolean[] single = new boolean[128];
    // Bit (second & 63) of pairs[first]: two seconds may share a bit, which only lets an extra
    // candidate through; a table of 1 KB stays in the cache.
    private final long[] pairs = new long[128];
    // The first words by their (folded) first character: compared in place, no string made.
    private String[][] firstWords;
    private int longestFirstWord;

    private Prefixes(boolean ignoreCase, boolean any) {
      this.ignoreCase = ignoreCase;
      this.any = any;
    }

    /**
     * @param ignoreCase the pattern is {@code (?i)}: ASCII case-insensitive
     * @param words how the alternatives begin: the first character literally (ASCII); the second
     *     too unless it is regex syntax, which allows any second character. Later characters are
     *     ignored: "Rumah\\s+Sakit" begins "Ru", "a\\.\\s?n" begins with "a".
     */
    static Prefixes of(boolean ignoreCase, String... words) {
      Prefixes p = new Prefixes(ignoreCase, false);
      for (String word : words) {
        char first = p.fold(word.charAt(0));
        if (first >= 128) {
          throw new IllegalArgumentException("not an ASCII start: " + word);
        }
        char second = word.length() == 1 ? '\\' : p.fold(word.charAt(1));
        if (second >= 128 || "\\[](){}.*+?|^$".indexOf(second) >= 0) {
          p.single[first] = true;
        } else {
          p.pairs[first] |= 1L << second;
        }
      }
      return p;
    }

    /**
     * Stricter: the word a match begins with (its run of ASCII letters) is known. Each alternative
     * opens with letters that nothing in the pattern lets another letter follow — "RSUD" then
     * {@code \b}, "Jl" then {@code \.}, "UP" of "UP3", "Rumah" of "Rumah\s+Sakit", plate prefix
     * "AD" then a space or digit — so that run is the whole first word of the match.
     */
    static Prefixes firstWords(boolean ignoreCase, String... alternatives) {
      Prefixes p = of(ignoreCase, alternatives);
      java.util.List<java.util.List<String>> byFirst = new java.util.ArrayList<>();
      for (int c = 0; c < 128; c++) {
        byFirst.add(new java.util.ArrayList<>());
      }
      for (String alternative : alternatives) {
        int end = asciiLetters(alternative, 0, alternative.length());
        if (end == 0) {
          throw new IllegalArgumentException("no opening word: " + alternative);
        }
        String word = alternative.substring(0, end);
        byFirst.get(p.fold(word.charAt(0))).add(word);
        p.longestFirstWord = Math.max(p.longestFirstWord, end);
      }
      p.firstWords = new String[128][];
      for (int c = 0; c < 128; c++) {
        p.firstWords[c] = byFirst.get(c).toArray(String[]::new);
      }
      return p;
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

    boolean allows(String text, int at) {
      if (!allowsStart(text, at)) {
        return false;
      }
      if (firstWords == null) {
        return true;
      }
      int length = asciiLetters(text, at, at + longestFirstWord + 1) - at;
      if (length > longestFirstWord) {
        return false;
      }
      // The run is ASCII letters, so regionMatches' case folding is (?i)'s ASCII folding.
      for (String word : firstWords[fold(text.charAt(at))]) {
        if (word.length() == length && text.regionMatches(ignoreCase, at, word, 0, length)) {
          return true;
        }
      }
      return false;
    }

    private boolean allowsStart(String text, int at) {
      if (any) {
        return true;
      }
      char first = fold(text.charAt(at));
      if (first >= 128) {
        return false;
      }
      if (single[first]) {
        return true;
      }
      if (at + 1 >= text.length()) {
        return false;
      }
      char second = fold(text.charAt(at + 1));
      return (pairs[first] >>> second & 1) != 0;
    }

    // (?i) without UNICODE_CASE folds ASCII letters only, so must this.
    private char fold(char c) {
      return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }
}
