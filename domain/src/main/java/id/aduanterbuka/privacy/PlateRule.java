package id.aduanterbuka.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indonesian vehicle plates: a region prefix of one or two letters (K, G, H, AD, AA…), one to four
 * digits, one to three letters. Upper case anywhere; any case after a cue such as "nopol" or
 * "plat".
 */
final class PlateRule {
  private static final String PREFIXES =
      "A|B|D|E|F|G|H|K|L|M|N|P|R|S|T|W|Z|AA|AB|AD|AE|AG|BA|BB|BD|BE|BG|BH|BK|BL|BM|BN|BP|DA|"
          + "DB|DD|DE|DG|DH|DK|DL|DM|DN|DP|DR|DS|DT|EA|EB|ED|KB|KH|KT|KU|PA|PB";
  private static final Pattern UPPER =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:" + PREFIXES + ")[ ]?\\d{1,4}[ ]?[A-Z]{1,3}(?![\\p{L}\\d])");
  private static final Pattern CUED =
      Pattern.compile(
          "(?i)(?:nopol|no\\.?\\s?pol|plat(?:\\s?nomor)?|nomor\\s?polisi|kendaraan|motor|mobil|"
              + "truk|angkot)\\W{0,12}((?:"
              + PREFIXES
              + ")[ ]?\\d{1,4}[ ]?[a-z]{1,3})(?![\\p{L}\\d])");
  private static final StartWords REGION_PREFIXES =
      StartWords.firstWords(false, PREFIXES.split("\\|"));

  private static final StartWords CUE_STARTS =
      StartWords.of(
          true, "nopol", "no", "plat", "nomor", "kendaraan", "motor", "mobil", "truk", "angkot");

  private PlateRule() {}

  static void find(TextView view, List<PiiEntity> out) {
    // A plate opens a word with a region prefix: only such positions are tried.
    Scan plates = Scan.of(UPPER, view.text, view.wordStarts(), REGION_PREFIXES);
    while (plates.find()) {
      if (view.isKept(plates.start(), plates.end())) {
        continue; // "BP3MI"
      }
      out.add(new PiiEntity(PiiType.NOPOL, plates.start(), plates.end(), "plate"));
    }
    // A cued plate needs its cue word and, a few characters on, a digit ("motor … H 1234 AB"):
    // "motor", "mobil" are common words, so the pattern is tried only where both are there.
    int[] cues = cuesBeforeDigits(view);
    boolean cued =
        cues.length > 0
            && AddressRule.containsAny(
                view.lower,
                "nopol",
                "no pol",
                "no.pol",
                "plat",
                "polisi",
                "kendaraan",
                "motor",
                "mobil",
                "truk",
                "angkot");
    Scan m = Scan.of(CUED, view.text, cued ? cues : new int[0], StartWords.ANY);
    while (m.find()) {
      Matcher plate = m.match();
      out.add(new PiiEntity(PiiType.NOPOL, plate.start(1), plate.end(1), "plate:cued"));
    }
  }

  /**
   * Where {@link #CUED} can begin: any position (the cue has no word boundary) that starts like a
   * cue word and has a digit within 32 characters — the longest cue ("nomor polisi", 13), twelve
   * other characters, a two-letter prefix and a space come before the plate's first digit.
   */
  private static int[] cuesBeforeDigits(TextView view) {
    String text = view.text;
    int[] digits = view.numberStarts();
    int[] cues = new int[4];
    int n = 0;
    int d = 0;
    for (int i = 0; i < text.length() && d < digits.length; i++) {
      while (d < digits.length && digits[d] < i) {
        d++;
      }
      if (d < digits.length && digits[d] < i + 32 && CUE_STARTS.allows(text, i)) {
        if (n == cues.length) {
          cues = Arrays.copyOf(cues, n * 2);
        }
        cues[n++] = i;
      }
    }
    return Arrays.copyOf(cues, n);
  }
}
