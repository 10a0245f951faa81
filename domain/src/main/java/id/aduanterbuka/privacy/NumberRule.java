package id.aduanterbuka.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every run of digits that could identify someone: NIK/KK, NIP, NPWP, cards, accounts, customer
 * numbers, phones, other ID numbers. A run is typed by the nearest cue word before it ("NIK",
 * "rek", "WA", "ID pelanggan"…), then by its shape (16 digits with a NIK's region and birth date, a
 * Luhn-valid card, a phone prefix). Money, measurements, times, event dates and public reference
 * numbers are left alone; an unexplained number of ten or more digits is redacted anyway.
 */
final class NumberRule {
  // Digits joined by single spaces, dots, dashes or brackets, as people write numbers.
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\d/\\-.])[+(]?\\(?\\d(?:[\\d]|[ .\\-](?=\\(?\\d)|\\)[ ]?(?=\\d)|\\((?=\\d))*");
  private static final Pattern DATE = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[.:]\\d{2}");
  private static final Pattern NPWP_OLD =
      Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}");
  private static final Pattern MONEY_BEFORE = Pattern.compile("(?:rp\\.?|idr|usd|\\$)\\s?$");
  private static final Pattern UNIT_AFTER =
      Pattern.compile(
          "^\\s?(?:ribu|rb|rebu|ewu|juta|jt|miliar|rupiah|%|persen|km|kilometer|meter|m\\b|cm|mm|kg|ton|"
              + "liter|unit|orang|jiwa|kk\\b|rumah|hari|minggu|bulan|tahun|jam|menit|kali|titik|"
              + "buah|lembar|lubang|tiang|lampu|ekor|hektar|ha\\b|x\\b)");
  private static final Pattern PUBLIC_REFERENCE_BEFORE =
      Pattern.compile(
          "(?:^|[^\\p{L}])(?:sk|perda|perwal|perbup|perpres|pergub|uu|pp|permen\\w*|surat|keputusan|"
              + "peraturan)(?![\\p{L}])(?:[^\\n]{0,30}(?<![\\p{L}])(?:no\\.?|nomor))?\\s*$");
  // A cue word glued to its number: "hp089523655318", "NIK3306037007550005ga".
  private static final Pattern GLUED =
      Pattern.compile("(?i)(?<![\\p{L}])(nik|kk|hp|wa|telp|tlp|npwp|nip|rek|no)[.:]?(\\d{8,19})");
  // Document numbers with letters: "3374-LT-05102023-0158", "RM-2024-088145".
  private static final Pattern CODE =
      Pattern.compile("(?=[A-Z0-9])(?<![\\p{L}\\d])[A-Z0-9]+(?:[-/.][A-Z0-9]+){2,}(?![\\p{L}\\d])");
  private static final Pattern PERSONAL_DOCUMENT_CUE =
      Pattern.compile(
          "(?:akta|registrasi|rekam\\s+medis|no\\.?\\s*rm|pasien|nomor\\s+induk|kartu|sertifikat|"
              + "ijazah|paspor|sim|stnk|bpkb)[^\\n]{0,20}$");

  /** Cue words, nearest first wins; longer phrases before their prefixes. */
  private static final List<Cue> CUES =
      List.of(
          new Cue("npwp", PiiType.NPWP),
          new Cue("nip", PiiType.NIP),
          new Cue("nuptk", PiiType.NOMOR_ID),
          new Cue("nisn", PiiType.NOMOR_ID),
          new Cue("paspor", PiiType.NOMOR_ID),
          new Cue("passport", PiiType.NOMOR_ID),
          new Cue("bpjs", PiiType.NOMOR_ID),
          new Cue("jkn", PiiType.NOMOR_ID),
          new Cue("kis", PiiType.NOMOR_ID),
          new Cue("peserta", PiiType.NOMOR_ID),
          new Cue("kartu kredit", PiiType.KARTU),
          new Cue("kartu debit", PiiType.KARTU),
          new Cue("no kartu", PiiType.KARTU),
          new Cue("nomor kartu", PiiType.KARTU),
          new Cue("kartu keluarga", PiiType.NIK),
          new Cue("nik", PiiType.NIK),
          new Cue("kk", PiiType.NIK),
          new Cue("ktp", PiiType.NIK),
          new Cue("pelanggan", PiiType.ID_PELANGGAN),
          new Cue("sambungan", PiiType.ID_PELANGGAN),
          new Cue("plg", PiiType.ID_PELANGGAN),
          new Cue("idpel", PiiType.ID_PELANGGAN),
          new Cue("id pel", PiiType.ID_PELANGGAN),
          new Cue("meteran", PiiType.ID_PELANGGAN),
          new Cue("meter", PiiType.ID_PELANGGAN),
          new Cue("token", PiiType.ID_PELANGGAN),
          new Cue("indihome", PiiType.ID_PELANGGAN),
          new Cue("pln", PiiType.ID_PELANGGAN),
          new Cue("pdam", PiiType.ID_PELANGGAN),
          new Cue("rekening", PiiType.REKENING),
          new Cue("norek", PiiType.REKENING),
          new Cue("rek", PiiType.REKENING),
          new Cue("bri", PiiType.REKENING),
          new Cue("bca", PiiType.REKENING),
          new Cue("bni", PiiType.REKENING),
          new Cue("mandiri", PiiType.REKENING),
          new Cue("bsi", PiiType.REKENING),
          new Cue("btn", PiiType.REKENING),
          new Cue("jateng", PiiType.REKENING),
          new Cue("transfer", PiiType.REKENING),
          new Cue("whatsapp", PiiType.TELEPON),
          new Cue("wa", PiiType.TELEPON),
          new Cue("hp", PiiType.TELEPON),
          new Cue("telp", PiiType.TELEPON),
          new Cue("telepon", PiiType.TELEPON),
          new Cue("tlp", PiiType.TELEPON),
          new Cue("ponsel", PiiType.TELEPON),
          new Cue("kontak", PiiType.TELEPON),
          new Cue("hubungi", PiiType.TELEPON),
          new Cue("hub", PiiType.TELEPON),
          new Cue("sms", PiiType.TELEPON),
          new Cue("id", PiiType.NOMOR_ID),
          new Cue("no", PiiType.NOMOR_ID),
          new Cue("nomor", PiiType.NOMOR_ID),
          new Cue("nomer", PiiType.NOMOR_ID),
          new Cue("registrasi", PiiType.NOMOR_ID));

  // Passports (and similar documents): one letter and seven digits.
  private static final Pattern PASSPORT =
      Pattern.compile("(?=[A-Z])(?<![\\p{L}\\d])[A-Z][ ]?\\d{7}(?![\\p{L}\\d])");
  // Official short codes and toll-free numbers (1500 117, 14045, 112, 0800-…): public services.
  private static final Pattern HOTLINE =
      Pattern.compile("1500\\d{2,4}|14\\d{3}|1\\d{2}|080[04]\\d{5,8}");

  private record Cue(String word, PiiType type) {}

  private NumberRule() {}

  // Where each pattern can begin (see Scan): a passport with a capital and a space or digit, a
  // glued cue with its word, a document code with a capital or digit.
  private static final StartWords PASSPORT_STARTS =
      StartWords.of(false, capitalThen(" 0123456789"));
  private static final StartWords GLUED_STARTS =
      StartWords.firstWords(
          true, "nik", "kk", "hp", "wa", "telp", "tlp", "npwp", "nip", "rek", "no");
  private static final StartWords CODE_STARTS =
      StartWords.of(false, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""));

  static void find(TextView view, List<PiiEntity> out) {
    String text = view.text;
    Scan passport = Scan.of(PASSPORT, text, view.wordStarts(), PASSPORT_STARTS);
    while (passport.find()) {
      out.add(new PiiEntity(PiiType.NOMOR_ID, passport.start(), passport.end(), "number:passport"));
    }
    // Glued cues count only in a text where a letter touches a digit; that test is made once,
    // when the first cue is found.
    Scan scan = Scan.of(GLUED, text, view.wordStarts(), GLUED_STARTS);
    boolean touching = false;
    while (scan.find() && (touching || (touching = hasLetterThenDigit(text)))) {
      Matcher glued = scan.match();
      PiiType type = classify(view, glued.group(2), glued.start(2), glued.end(2));
      if (type != null) {
        out.add(new PiiEntity(type, glued.start(2), glued.end(2), "number:glued-cue"));
      }
    }
    Scan code = Scan.of(CODE, text, codeStarts(view), CODE_STARTS);
    while (code.find()) {
      long digits = digitCount(code.group());
      if (digits >= 6 && isPersonalDocument(view.before(code.start(), 40))) {
        out.add(new PiiEntity(PiiType.NOMOR_ID, code.start(), code.end(), "number:document"));
      }
    }
    // A candidate opens with a digit, "+" or "(". Not Scan: a spaced dash moves the search on.
    int[] starts =
        Scan.union(
            view.numberStarts(),
            Scan.union(Scan.positionsOf(text, '+'), Scan.positionsOf(text, '(')));
    Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    for (int candidate : starts) {
      if (candidate < from || !m.region(candidate, text.length()).lookingAt()) {
        continue;
      }
      int start = m.start();
      int end = m.end();
      String raw = text.substring(start, end);
      // "09.00 - 10.00", "2019 - 2024": a spaced dash separates two numbers.
      int spaced = raw.indexOf(" - ");
      if (spaced > 0) {
        end = start + spaced;
        raw = raw.substring(0, spaced);
      }
      from = end;
      PiiType type = classify(view, raw, start, end);
      if (type != null) {
        out.add(new PiiEntity(type, start, end, "number:" + type.name().toLowerCase()));
      }
    }
  }

  private static PiiType classify(TextView view, String raw, int start, int end) {
    String digits = digitsOf(raw);
    int n = digits.length();
    if (n < 5) {
      return null;
    }
    String before = view.before(start, 32);
    String after = view.after(end, 12);
    if (HOTLINE.matcher(digits).matches()
        || (mayBeMoney(before) && MONEY_BEFORE.matcher(before).find())
        || (mayBeReference(before) && PUBLIC_REFERENCE_BEFORE.matcher(before).find())) {
      return null;
    }
    if (n < 10 && UNIT_AFTER.matcher(after).find()) {
      return null;
    }
    if (DATE.matcher(raw).matches() || TIME.matcher(raw).matches()) {
      return null; // birth dates are the address rule's, with their cue
    }
    PiiType cued = nearestCue(before);
    boolean phone = looksLikePhone(raw, digits);
    if (cued == PiiType.TELEPON || (phone && (cued == null || cued == PiiType.NOMOR_ID))) {
      return phone || n >= 7 ? PiiType.TELEPON : null;
    }
    if (cued != null && n >= 6) {
      return cued == PiiType.NIK && n != 16 && n >= 10 ? PiiType.NOMOR_ID : cued;
    }
    if (n == 16) {
      return Identifiers.isPlausibleNik(digits) || !Identifiers.luhn(digits)
          ? PiiType.NIK
          : PiiType.KARTU;
    }
    if (n == 18) {
      return PiiType.NIP;
    }
    if (n == 15 && NPWP_OLD.matcher(raw).matches()) {
      return PiiType.NPWP;
    }
    if (n >= 13 && n <= 19 && Identifiers.luhn(digits) && CARD_GROUPS.matcher(raw).matches()) {
      return PiiType.KARTU;
    }
    return n >= 10 ? PiiType.NOMOR_ID : null;
  }

  // Words the two patterns cannot match without: a cheap test before the patterns themselves.
  private static boolean mayBeMoney(String before) {
    return AddressRule.containsAny(before, "rp", "idr", "usd", "$");
  }

  private static boolean mayBeReference(String before) {
    return AddressRule.containsAny(before, "sk", "per", "uu", "pp", "surat", "keputusan");
  }

  /**
   * Where a document code can begin: a word or number whose run of capitals and digits is followed
   * by a separator ("RM-2024-…"); a code needs two.
   */
  private static int[] codeStarts(TextView view) {
    String text = view.text;
    int[] starts = Scan.union(view.wordStarts(), view.numberStarts());
    int n = 0;
    for (int start : starts) {
      if (!isCapitalOrDigit(text.charAt(start))
          || (start > 0 && isLetterOrDigit(text.charAt(start - 1)))) {
        continue;
      }
      int end = start + 1;
      while (end < text.length() && isCapitalOrDigit(text.charAt(end))) {
        end++;
      }
      if (end < text.length() && "-/.".indexOf(text.charAt(end)) >= 0) {
        starts[n++] = start;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  // As (?<![\p{L}\d]) sees it; half a surrogate pair is neither, which only adds a candidate.
  private static boolean isLetterOrDigit(char c) {
    return Character.isLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isPersonalDocument(String before) {
    // A word the cue cannot do without, before the pattern itself.
    return AddressRule.containsAny(
            before,
            "akta",
            "registrasi",
            "rekam",
            "rm",
            "pasien",
            "nomor",
            "kartu",
            "sertifikat",
            "ijazah",
            "paspor",
            "sim",
            "stnk",
            "bpkb")
        && PERSONAL_DOCUMENT_CUE.matcher(before).find();
  }

  private static boolean isCapitalOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean hasLetterThenDigit(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && Character.isLetter(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean looksLikePhone(String raw, String digits) {
    int n = digits.length();
    if (raw.startsWith("+")) {
      return n >= 8 && n <= 15;
    }
    if (digits.startsWith("628")) {
      return n >= 10 && n <= 14;
    }
    if (digits.startsWith("08")) {
      return n >= 10 && n <= 13;
    }
    // Landlines: area code 02x…09x, then 5–8 digits.
    return LANDLINE.matcher(digits).matches()
        && (raw.startsWith("(") || AREA_CODE.matcher(raw).matches());
  }

  private static final Pattern CARD_GROUPS = Pattern.compile("\\d{4}([ \\-]\\d{4}){2,3}\\d{0,3}");
  private static final Pattern LANDLINE = Pattern.compile("0[2-9]\\d{7,10}");
  private static final Pattern AREA_CODE = Pattern.compile("0\\d{2,3}[ .\\-)].*");

  /** The ASCII digits of {@code raw}, in order. */
  static String digitsOf(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  private static long digitCount(String s) {
    return s.chars().filter(Character::isDigit).count();
  }

  /** Each capital letter followed by each of {@code seconds}: "A ", "A0"… */
  private static String[] capitalThen(String seconds) {
    String[] words = new String[26 * seconds.length()];
    int n = 0;
    for (char c = 'A'; c <= 'Z'; c++) {
      for (int i = 0; i < seconds.length(); i++) {
        words[n++] = "" + c + seconds.charAt(i);
      }
    }
    return words;
  }

  private static final Pattern CUE_PATTERN =
      Pattern.compile(
          "(?<![\\p{L}])("
              + String.join("|", CUES.stream().map(c -> Pattern.quote(c.word())).toList())
              + ")(?![\\p{L}])");

  private static final StartWords CUE_STARTS =
      StartWords.firstWords(false, CUES.stream().map(Cue::word).toArray(String[]::new));

  private static PiiType nearestCue(String before) {
    Scan m = Scan.of(CUE_PATTERN, before, TextView.wordStarts(before), CUE_STARTS);
    String last = null;
    while (m.find()) {
      last = m.match().group(1);
    }
    if (last == null) {
      return null;
    }
    for (Cue cue : CUES) {
      if (cue.word().equals(last)) {
        return cue.type();
      }
    }
    return null;
  }
}
