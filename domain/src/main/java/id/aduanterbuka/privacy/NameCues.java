package id.aduanterbuka.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that announce a name in Indonesian complaints, for {@link NameRule}: honorifics (Pak,
 * Bu, Mas…), weak cues ("saya", "pasien"…), introductions and roles ("nama saya", "a.n.", "Kades"),
 * signature closings, and the patterns that find them. Each word that can start a cue carries a bit
 * per cue list ({@link #cuesOf}), so a text's words are looked up once.
 */
final class NameCues {
  private NameCues() {}

  static final StartWords SIGNATURE_WORD_STARTS =
      StartWords.firstWords(
          true,
          "salam",
          "wassalam",
          "hormat",
          "terima",
          "makasih",
          "matur",
          "tabik",
          "regards",
          "ttd",
          "pelapor",
          "dari");

  static final Pattern HONORIFIC =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:pak|bu|bapak|ibu|bpk\\.?|mas|mbak|mba|mbah|dik|adik|kak|bang|om|tante|"
              + "cak|kang|teh|cik|koh|sdr\\.?|sdri\\.?|saudara|saudari|dr\\.|drg\\.|ustadz|ustad|"
              + "haji|h\\.|hj\\.|alm\\.|almarhum|almarhumah|nenek|kakek|eyang|mbok|simbah|"
              + "drs\\.|dra\\.|ir\\.|bdn\\.|pk\\.?)(?![\\p{L}])");
  static final Pattern WEAK =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:saya|aku|sy|sya|kula|kulo|gue|gw|abdi|nyong|inyong|pasien|korban|pelaku|pemohon|"
              + "penerima|siswa|siswi|murid|mahasiswa|mhs|warga\\s+bernama|anakipun)(?![\\p{L}])");
  static final Pattern INTRODUCTION =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:nama\\s+(?:saya|kula|sy)|namaku|nama\\s+lengkap|nama\\s*:|nama|"
              + "a\\.\\s?n\\.?|an\\.|atas\\s+nama|pelapor\\s*:?|orang\\s+tua\\s*:?|ortu\\s*:?|"
              + "wali\\s+murid\\s*:?|anak\\s+(?:saya|kami|kula|sy)|suami\\s+saya|istri\\s+saya|"
              + "adik\\s+saya|kakak\\s+saya|ibu\\s+saya|bapak\\s+saya|ayah\\s+saya|mertua\\s+saya|"
              + "tetangga\\s+saya|bernama|namanya|oknum(?:\\s+petugas)?(?:\\s+bernama)?|"
              + "ketua\\s+r[tw](?:\\s*\\.?\\s*\\d{1,3})?|kepala\\s+desa|kades|lurah|camat|sekdes|kadus|"
              + "kepala\\s+dusun|kepala\\s+sekolah|kepsek|wali\\s+kelas|ttd\\.?|kontak\\s*:?|cp\\s*:?|"
              + "name\\s+tag(?:\\s*nya)?|anakku|anakmu|anaknya|anake|lapor\\s*:)(?![\\p{L}])");
  static final Pattern SIGNATURE_NEXT_LINE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:salam|wassalam|hormat\\s+(?:saya|kami|kula)|terima\\s+kasih|"
              + "makasih|matur\\s+(?:nuwun|suwun)|tabik|regards|ttd|pelapor|dari)[\\s,.!:]*\\n");
  static final Pattern SIGNATURE_SAME_LINE =
      Pattern.compile(
          "(?i)(?:(?<![\\p{L}])(?:salam|wassalam|hormat\\s+(?:saya|kami)|terima\\s+kasih|makasih|"
              + "matur\\s+(?:nuwun|suwun)|tabik|regards)[ \\t]*[,.!][ \\t]*|(?:^|\\n|\\s)[—–~-]{1,2}[ \\t]*)"
              + "(?=[^\\n]{1,40}\\s*$)");
  // The last sentence or line of a message that is only a name, maybe followed by a contact.
  static final Pattern TAIL =
      Pattern.compile(
          "(?:^|[.!?\\n]\\s*|\\d[ ]+)((?:\\p{Lu}[\\p{L}'’\\-]*[ ]?){1,3})"
              + "(?:[ ,:]*(?:(?i:hp|wa|telp|tlp)[.:]?\\s*)?[+(]?\\d[\\d ().\\-]{6,}|[ ,]+\\S+@\\S+)?"
              + "[ .]*\\s*$");

  private static final Set<String> HONORIFIC_WORDS =
      Set.of(
          "pak",
          "bu",
          "bapak",
          "ibu",
          "bpk",
          "mas",
          "mbak",
          "mba",
          "mbah",
          "dik",
          "adik",
          "kak",
          "bang",
          "om",
          "tante",
          "cak",
          "kang",
          "teh",
          "cik",
          "koh",
          "sdr",
          "sdri",
          "saudara",
          "saudari",
          "dr",
          "drg",
          "ustadz",
          "ustad",
          "haji",
          "h",
          "hj",
          "alm",
          "almarhum",
          "almarhumah",
          "nenek",
          "kakek",
          "eyang",
          "mbok",
          "simbah",
          "drs",
          "dra",
          "ir",
          "bdn",
          "pk");
  private static final Set<String> WEAK_WORDS =
      Set.of(
          "saya",
          "aku",
          "sy",
          "kula",
          "kulo",
          "gue",
          "gw",
          "pasien",
          "korban",
          "pelaku",
          "pemohon",
          "penerima",
          "siswa",
          "siswi",
          "murid",
          "mahasiswa",
          "mhs",
          "warga",
          "anakipun",
          "sya",
          "abdi",
          "nyong",
          "inyong");
  private static final Set<String> INTRODUCTION_WORDS =
      Set.of(
          "nama",
          "namaku",
          "a",
          "an",
          "atas",
          "pelapor",
          "orang",
          "ortu",
          "wali",
          "anak",
          "suami",
          "istri",
          "adik",
          "kakak",
          "ibu",
          "bapak",
          "ayah",
          "mertua",
          "tetangga",
          "bernama",
          "namanya",
          "oknum",
          "ketua",
          "kepala",
          "kades",
          "lurah",
          "camat",
          "sekdes",
          "kadus",
          "kepsek",
          "ttd",
          "kontak",
          "cp",
          "name",
          "anakku",
          "anakmu",
          "anaknya",
          "anake",
          "lapor");

  static final int HONORIFIC_CUE = 1;
  static final int INTRODUCTION_CUE = 2;
  static final int WEAK_CUE = 4;

  /** For each word that can start a cue, the cue lists it is on: one look-up per word. */
  private static final Map<String, Integer> CUE_WORDS = cueWords();

  // Bit n of CUE_LENGTHS[c]: a cue word starts with c and has n letters. Most words fail this and
  // skip the map.
  private static final long[] CUE_LENGTHS = cueLengths();

  private static long[] cueLengths() {
    long[] lengths = new long[128];
    for (String word : CUE_WORDS.keySet()) {
      lengths[word.charAt(0)] |= 1L << word.length();
    }
    return lengths;
  }

  static int cuesOf(String lower) {
    char first = lower.charAt(0);
    boolean possible =
        first < 128 && lower.length() < 64 && (CUE_LENGTHS[first] >>> lower.length() & 1) != 0;
    return possible ? CUE_WORDS.getOrDefault(lower, 0) : 0;
  }

  private static Map<String, Integer> cueWords() {
    Map<String, Integer> words = new HashMap<>();
    HONORIFIC_WORDS.forEach(w -> words.merge(w, HONORIFIC_CUE, (a, b) -> a | b));
    INTRODUCTION_WORDS.forEach(w -> words.merge(w, INTRODUCTION_CUE, (a, b) -> a | b));
    WEAK_WORDS.forEach(w -> words.merge(w, WEAK_CUE, (a, b) -> a | b));
    return Map.copyOf(words);
  }
}
