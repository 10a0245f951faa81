package id.aduanterbuka.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, personal social-media handles and profile links, and wa.me links. Official
 * accounts of agencies (@humasjateng, instagram.com/dinkesjateng, pengaduan@…go.id) are public and
 * kept.
 */
final class ContactRule {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern WA_ME =
      Pattern.compile("(?i)(?:https?://)?(?:api\\.)?wa\\.me/\\+?\\d{8,15}");
  private static final Pattern PROFILE =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.|m\\.|web\\.)?(?:facebook\\.com|fb\\.com|fb\\.me|instagram\\.com|"
              + "instagr\\.am|twitter\\.com|x\\.com|tiktok\\.com|youtube\\.com|linkedin\\.com/in|"
              + "t\\.me|threads\\.net)/[^\\s,;)\\]]+");
  private static final Pattern HANDLE =
      Pattern.compile("(?<![\\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");
  private static final Pattern OFFICIAL =
      Pattern.compile(
          "humas|pemkot|pemkab|pemprov|prov|jateng|gov|dinas|dinkes|dishub|disdik|dukcapil|"
              + "disduk|dpu|pupr|bpbd|satpol|polres|polda|polsek|polri|pdam|pln|bpjs|lapor|kominfo|"
              + "kemen|official|resmi|kota|kab|rsud|rsup|puskesmas|samsat|bapenda|gubernur|bupati|"
              + "walikota|mpp|pengaduan|layanan|ppid|sekretariat|kelurahan|kecamatan|callcenter|ojk|"
              + "bnn|bpom|bp2mi|ditjen|pajak|djp|kemen|care|_ri\\b|indonesia|bumn|pertamina|telkom");
  private static final Pattern GENERIC_MAILBOX =
      Pattern.compile(
          "^(?:info|admin|halo|cs|kontak|contact|pengaduan|layanan|humas|ppid|sekretariat)");

  private ContactRule() {}

  static void find(TextView view, List<PiiEntity> out) {
    boolean at = view.text.indexOf('@') >= 0;
    boolean link = view.text.indexOf('/') >= 0;
    if (!at && !link) {
      return;
    }
    Scan m = Scan.of(EMAIL, view.text, localPartStarts(view.text), StartWords.ANY);
    while (m.find()) {
      String local = m.group().substring(0, m.group().indexOf('@')).toLowerCase(Locale.ROOT);
      boolean officialMailbox =
          m.group().toLowerCase(Locale.ROOT).endsWith(".go.id")
              && (OFFICIAL.matcher(local).find() || GENERIC_MAILBOX.matcher(local).find());
      if (!officialMailbox) {
        add(out, PiiType.EMAIL, m.start(), m.end(), "contact:email");
      }
    }
    // Links are rare: look for them only where the text names wa.me or a profile site.
    Matcher links = WA_ME.matcher(link && view.lower.contains("wa.me/") ? view.text : "");
    while (links.find()) {
      add(out, PiiType.TELEPON, links.start(), links.end(), "contact:wa.me");
    }
    boolean profile = link && AddressRule.containsAny(view.lower, ".com/", ".me/", ".am/", ".net/");
    links = PROFILE.matcher(profile ? view.text : "");
    while (links.find()) {
      if (!isOfficial(view, links.start(), links.end(), links.group())) {
        add(out, PiiType.AKUN, links.start(), links.end(), "contact:profile-url");
      }
    }
    // A handle begins at its "@".
    Scan handles = Scan.of(HANDLE, view.text, Scan.positionsOf(view.text, '@'), StartWords.ANY);
    while (at && handles.find()) {
      if (!isOfficial(view, handles.start(), handles.end(), handles.group())
          && !insideEmail(view.text, handles.start())) {
        add(out, PiiType.AKUN, handles.start(), handles.end(), "contact:handle");
      }
    }
  }

  // Impostor accounts borrow official words; a warning nearby means the account is not official.
  private static final Pattern FRAUD =
      Pattern.compile(
          "palsu|penipu|penipuan|tipu|bukan\\s+(?:akun\\s+)?resmi|ngaku|mengaku|hati-hati|hati2|"
              + "waspada|fake|scam|abal|catut|mencatut|impostor|gadungan");

  private static boolean isOfficial(TextView view, int start, int end, String account) {
    if (!OFFICIAL.matcher(account.toLowerCase(Locale.ROOT)).find()) {
      return false;
    }
    return !FRAUD.matcher(sentenceAround(view.lower, start, end)).find();
  }

  /** The sentence holding [start, end): bounded by . ! ? followed by a space, or a new line. */
  private static String sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && !isSentenceEnd(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && !isSentenceEnd(text, to)) {
      to++;
    }
    return text.substring(from, Math.min(text.length(), to + 1));
  }

  private static boolean isSentenceEnd(String text, int at) {
    char c = text.charAt(at);
    if (c == '\n') {
      return true;
    }
    boolean punctuation = c == '.' || c == '!' || c == '?';
    return punctuation && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
  }

  /**
   * Where an e-mail address can begin: every position of a run of local-part characters that runs
   * up to an "@". Empty when the text has no "@".
   */
  private static int[] localPartStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    int done = 0;
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int from = at;
      while (from > done && isLocalPartChar(text.charAt(from - 1))) {
        from--;
      }
      for (int i = from; i < at; i++) {
        starts.add(i);
      }
      done = at;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isLocalPartChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || "._%+-".indexOf(c) >= 0;
  }

  private static boolean insideEmail(String text, int at) {
    return at > 0 && !Character.isWhitespace(text.charAt(at - 1));
  }

  private static void add(List<PiiEntity> out, PiiType type, int start, int end, String rule) {
    out.add(new PiiEntity(type, start, end, rule));
  }
}
