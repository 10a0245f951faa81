package id.aduanterbuka.privacy;

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
    boolean cued =
        AddressRule.containsAny(
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
    Matcher m = CUED.matcher(cued ? view.text : "");
    while (m.find()) {
      out.add(new PiiEntity(PiiType.NOPOL, m.start(1), m.end(1), "plate:cued"));
    }
  }
}
