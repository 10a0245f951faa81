package id.aduanterbuka.privacy;

import java.util.Arrays;
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
 * where nothing matches; it must never leave out one where something does. Candidates are word or
 * number starts ({@link TextView}), narrowed by the words a pattern can open with ({@link
 * StartWords}) and by what must follow them (the rules' own checks).
 *
 * <p>One per search, on one thread; the patterns and word tables it reads are immutable.
 */
final class Scan {
  private final Pattern pattern;
  private Matcher matcher; // created at the first candidate: most scans have none
  private final String text;
  private final int[] starts;
  private final StartWords startWords;
  private int next;
  private int from;

  private Scan(Pattern pattern, String text, int[] starts, StartWords startWords) {
    this.pattern = pattern;
    this.text = text;
    this.starts = starts;
    this.startWords = startWords;
  }

  /**
   * The matches of {@code pattern} in {@code text} that start at one of {@code starts} (ascending)
   * that {@code startWords} allows, found one by one with {@link #find()} like a {@link Matcher}.
   */
  static Scan of(Pattern pattern, String text, int[] starts, StartWords startWords) {
    return new Scan(pattern, text, starts, startWords);
  }

  /** Moves to the next match, as {@link Matcher#find()}; false when there is none. */
  boolean find() {
    while (next < starts.length) {
      int start = starts[next++];
      if (start < from || !startWords.allows(text, start)) {
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

  /** The positions of {@code starts} that {@code startWords} allows. */
  static int[] filter(int[] starts, String text, StartWords startWords) {
    int[] kept = new int[starts.length];
    int n = 0;
    for (int start : starts) {
      if (startWords.allows(text, start)) {
        kept[n++] = start;
      }
    }
    return Arrays.copyOf(kept, n);
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
    return Arrays.copyOf(all, n);
  }

  /** Ascending positions of {@code c} in {@code text}. */
  static int[] positionsOf(String text, char c) {
    int[] found = new int[4];
    int n = 0;
    for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = at;
    }
    return Arrays.copyOf(found, n);
  }
}
