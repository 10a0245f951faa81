package id.aduanterbuka.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home addresses and birth dates. An address is a street with a house number, a block and number, a
 * house number before RT/RW, or any RT/RW reference (a neighbourhood of a few dozen households:
 * when in doubt, redact). A road without a house number is public and kept.
 */
final class AddressRule {
  private static final String NUMBER = "\\d{1,4}[A-Za-z]?(?:\\s?/\\s?\\d{1,3}[A-Za-z]?)?";
  private static final Pattern STREET_NUMBER =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:jl\\.?|jln\\.?|jalan|gg\\.?|gang|lorong|perum(?:ahan)?|komplek|kompleks|"
              + "perumnas|asrama|dusun|dukuh)\\s+[^\\n,;:()]{1,40}?\\b(?:no\\.?|nomor|nmr\\.?|nomer|#)\\s*"
              + NUMBER
              + "\\b");
  private static final Pattern STREET_BARE_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}])(?:Jl\\.?|Jln\\.?|Jalan|JL\\.?|JALAN|Gg\\.?|Gang)\\s+"
              + "(?:(?!(?i:km|kilometer)\\b)\\p{Lu}[\\p{L}'.\\-]*\\s+){1,4}"
              + NUMBER
              + "(?![\\p{L}\\d])(?!\\s*(?i:km|m\\b|meter|cm|hari|minggu|bulan|tahun|jam|kali|x\\b|"
              + "titik|lubang|orang|unit))");
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?i)(?<![\\p{L}])blok\\s*[A-Z]{0,2}[ \\-]?\\d{0,3}[A-Z]?\\s*(?:/|no\\.?|nomor|-)\\s*\\d{1,4}[A-Z]?\\b"
              + "|(?<![\\p{L}])blok\\s+[A-Z]{1,2}\\s?\\d{1,3}[A-Z]?\\b");
  private static final Pattern HOUSE_NUMBER_BEFORE =
      Pattern.compile("(?i)(?:no\\.?|nomor|nomer)\\s*" + NUMBER + "[\\s,]*$");
  private static final Pattern RT_RW =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:rt|rw)\\s*[.:]?\\s*0*\\d{1,3}(?:\\s*[/,.\\-]?\\s*(?:rt|rw)\\s*[.:]?\\s*0*\\d{1,3})?(?!\\d)");
  private static final Pattern BIRTH_CUE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:lahir(?:nya)?|lhr|ttl|tgl\\.?\\s?lahir(?:nya)?|tanggal\\s+lahir(?:nya)?|dob)"
              + "(?![\\p{L}])");
  // A date: 3 Juni 1975, 12-08-1990, 5/6/75.
  private static final Pattern DATE =
      Pattern.compile(
          "(?i)(?<!\\d)\\d{1,2}[\\s\\-/.](?:\\d{1,2}|jan\\w*|feb\\w*|mar\\w*|apr\\w*|mei|may|jun\\w*|"
              + "jul\\w*|agu\\w*|agt|aug\\w*|sep\\w*|okt\\w*|oct\\w*|nov\\w*|des\\w*|dec\\w*)"
              + "[\\s\\-/.,]{1,2}\\d{2,4}(?!\\d)");

  // Every pattern above but DATE opens a word with one of these words: only such word starts are
  // tried (see Scan). A block's letter may touch "blok" ("blokC2"), so only its start is known.
  private static final StartWords STREET_STARTS =
      StartWords.firstWords(
          true,
          "jl",
          "jln",
          "jalan",
          "gg",
          "gang",
          "lorong",
          "perum",
          "perumahan",
          "komplek",
          "kompleks",
          "perumnas",
          "asrama",
          "dusun",
          "dukuh");
  private static final StartWords BLOCK_STARTS = StartWords.of(true, "blok");
  private static final StartWords RT_RW_STARTS = StartWords.firstWords(true, "rt", "rw");
  private static final StartWords BIRTH_STARTS =
      StartWords.firstWords(
          true,
          "lahir",
          "lahirnya",
          "lhr",
          "ttl",
          "tgl",
          "tgllahir",
          "tgllahirnya",
          "tanggal",
          "dob");

  private AddressRule() {}

  static void find(TextView view, List<PiiEntity> out) {
    // Each pattern is tried only at the words that can open it (see Scan): most texts mention no
    // street, block or birth at all.
    // "jalan" is a common word: a street is tried only where a house-number cue is near enough
    // ("Jl. Melati No. 12"), or a capitalised name follows ("Jalan Kenanga 5A").
    String text = view.text;
    int[] streets = Scan.filter(view.wordStarts(), text, STREET_STARTS);
    add(view, out, STREET_NUMBER, numberCueNear(text, streets), "address:street-number");
    add(view, out, STREET_BARE_NUMBER, capitalNext(text, streets), "address:street-number");
    add(view, out, BLOCK, Scan.filter(view.wordStarts(), text, BLOCK_STARTS), "address:block");
    Scan rtRw = Scan.of(RT_RW, view.text, view.wordStarts(), RT_RW_STARTS);
    while (rtRw.find()) {
      int start = rtRw.start();
      Matcher house =
          HOUSE_NUMBER_BEFORE.matcher(view.text.substring(Math.max(0, start - 20), start));
      if (house.find()) {
        start = Math.max(0, start - 20) + house.start();
      }
      out.add(new PiiEntity(PiiType.ALAMAT, start, rtRw.end(), "address:rt-rw"));
    }
    // Every date in the rest of a sentence that mentions a birth ("tgl lahir di KTP 12-08-1990
    // tapi ketulis 21-08-1990") is a birth date.
    Scan births = Scan.of(BIRTH_CUE, view.text, view.wordStarts(), BIRTH_STARTS);
    while (births.find()) {
      int end = sentenceEnd(view.text, births.end());
      Matcher date = DATE.matcher(view.text).region(births.end(), end);
      while (date.find()) {
        out.add(new PiiEntity(PiiType.TANGGAL_LAHIR, date.start(), date.end(), "birth-date"));
      }
    }
  }

  static boolean containsAny(String text, String... needles) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean stop =
          c == '!'
              || c == '?'
              || c == '\n'
              || (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
      if (stop) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * The streets of {@code starts} ("jl", "jalan"…, maybe with a dot, then a space) that a
   * house-number cue ("no", "nmr", "#") follows within reach of {@link #STREET_NUMBER}: 40
   * characters after the spaces.
   */
  private static int[] numberCueNear(String text, int[] starts) {
    int n = 0;
    int[] kept = new int[starts.length];
    for (int start : starts) {
      int spaces = afterStreetWord(text, start);
      if (spaces < 0) {
        continue;
      }
      int name = spaces;
      while (name < text.length() && Scan.isSpace(text.charAt(name))) {
        name++;
      }
      int to = Math.min(text.length(), name + 41);
      for (int i = spaces + 2; i < to; i++) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? (char) (text.charAt(i + 1) | 0x20) : ' ';
        if (c == '#' || ((c | 0x20) == 'n' && (next == 'o' || next == 'm'))) {
          kept[n++] = start;
          break;
        }
      }
    }
    return Arrays.copyOf(kept, n);
  }

  /** The streets of {@code starts} whose spaces are followed by a capital. */
  private static int[] capitalNext(String text, int[] starts) {
    int n = 0;
    int[] kept = new int[starts.length];
    for (int start : starts) {
      int name = afterStreetWord(text, start);
      if (name < 0) {
        continue;
      }
      while (name < text.length() && Scan.isSpace(text.charAt(name))) {
        name++;
      }
      if (name < text.length() && Character.isUpperCase(text.codePointAt(name))) {
        kept[n++] = start;
      }
    }
    return Arrays.copyOf(kept, n);
  }

  /** Where the spaces after a street word (and its dot) begin; -1 if no space follows. */
  private static int afterStreetWord(String text, int start) {
    int end = start;
    while (end < text.length()
        && (text.charAt(end) | 0x20) >= 'a'
        && (text.charAt(end) | 0x20) <= 'z') {
      end++;
    }
    if (end < text.length() && text.charAt(end) == '.') {
      end++;
    }
    return end < text.length() && Scan.isSpace(text.charAt(end)) ? end : -1;
  }

  private static void add(
      TextView view, List<PiiEntity> out, Pattern pattern, int[] starts, String rule) {
    Scan m = Scan.of(pattern, view.text, starts, StartWords.ANY);
    while (m.find()) {
      out.add(new PiiEntity(PiiType.ALAMAT, m.start(), m.end(), rule));
    }
  }
}
