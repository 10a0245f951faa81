package id.aduanterbuka.privacy;

import java.util.BitSet;
import java.util.Locale;

/** The text being redacted, its lower-case twin, and the spans no name rule may touch. */
final class TextView {
  final String text;
  final String lower;
  private final BitSet kept = new BitSet();
  private final boolean shouting;

  TextView(String text) {
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
    long upper = text.chars().filter(Character::isUpperCase).count();
    long letters = text.chars().filter(Character::isLetter).count();
    this.shouting = letters >= 20 && upper * 10 >= letters * 7;
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
}
