package id.aduanterbuka.privacy;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * The text being redacted, its lower-case twin, the spans no name rule may touch, and where its
 * words and numbers begin (the positions {@link Scan} tries the rules' patterns at). One per {@link
 * Redactor#redact} call, never shared between threads.
 */
final class TextView {
  final String text;
  final String lower;
  private final BitSet kept = new BitSet();
  private final boolean shouting;
  private final int[] wordStarts;
  private final int[] numberStarts;

  TextView(String text) {
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
    // One pass: letters and capitals for "shouting", and where words and numbers begin.
    int upper = 0;
    int letters = 0;
    int[] words = new int[32];
    int[] numbers = new int[8];
    int w = 0;
    int d = 0;
    boolean afterLetter = false;
    boolean afterDigit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter;
      boolean capital;
      if (c < 128) {
        capital = c >= 'A' && c <= 'Z';
        letter = capital || (c >= 'a' && c <= 'z');
      } else {
        capital = Character.isUpperCase(c);
        letter = Character.isLetter(c);
      }
      upper += capital ? 1 : 0;
      letters += letter ? 1 : 0;
      if ((letter || Character.isSurrogate(c)) && !afterLetter) {
        if (w == words.length) {
          words = Arrays.copyOf(words, w * 2);
        }
        words[w++] = i;
      }
      afterLetter = letter;
      boolean digit = c >= '0' && c <= '9';
      if (digit && !afterDigit) {
        if (d == numbers.length) {
          numbers = Arrays.copyOf(numbers, d * 2);
        }
        numbers[d++] = i;
      }
      afterDigit = digit;
    }
    this.shouting = letters >= 20 && (long) upper * 10 >= (long) letters * 7;
    this.wordStarts = Arrays.copyOf(words, w);
    this.numberStarts = Arrays.copyOf(numbers, d);
  }

  /** Mostly capitals ("LAMPU PJU MATI"): case says nothing about names here. */
  boolean isShouting() {
    return shouting;
  }

  void keep(int start, int end) {
    kept.set(start, end);
  }

  boolean isKept(int start, int end) {
    int next = kept.nextSetBit(start);
    return next >= 0 && next < end;
  }

  /** Up to {@code window} lower-case characters before {@code position}. */
  String before(int position, int window) {
    return lower.substring(Math.max(0, position - window), position);
  }

  /** Up to {@code window} lower-case characters after {@code position}. */
  String after(int position, int window) {
    return lower.substring(position, Math.min(lower.length(), position + window));
  }

  /**
   * Ascending positions where a letter follows a non-letter (or the text begins): every place a
   * pattern opening with {@code (?<![\p{L}])}, {@code \b} or {@code (?<![\p{L}\d])} and a letter
   * can match. A surrogate counts as a possible letter, so none is missed.
   */
  int[] wordStarts() {
    return wordStarts;
  }

  static int[] wordStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    boolean afterLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
      if ((letter || Character.isSurrogate(c)) && !afterLetter) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
      afterLetter = letter;
    }
    return Arrays.copyOf(starts, n);
  }

  /** Ascending positions of an ASCII digit that follows no digit: where digit runs begin. */
  int[] numberStarts() {
    return numberStarts;
  }

  static int[] numberStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    boolean afterDigit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !afterDigit) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
      afterDigit = digit;
    }
    return Arrays.copyOf(starts, n);
  }
}
