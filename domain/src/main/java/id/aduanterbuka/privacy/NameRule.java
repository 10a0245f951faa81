package id.aduanterbuka.privacy;

import static id.aduanterbuka.privacy.NameCues.HONORIFIC;
import static id.aduanterbuka.privacy.NameCues.HONORIFIC_CUE;
import static id.aduanterbuka.privacy.NameCues.INTRODUCTION;
import static id.aduanterbuka.privacy.NameCues.INTRODUCTION_CUE;
import static id.aduanterbuka.privacy.NameCues.SIGNATURE_NEXT_LINE;
import static id.aduanterbuka.privacy.NameCues.SIGNATURE_SAME_LINE;
import static id.aduanterbuka.privacy.NameCues.SIGNATURE_WORD_STARTS;
import static id.aduanterbuka.privacy.NameCues.TAIL;
import static id.aduanterbuka.privacy.NameCues.WEAK;
import static id.aduanterbuka.privacy.NameCues.WEAK_CUE;
import static id.aduanterbuka.privacy.NameTokens.dashes;
import static id.aduanterbuka.privacy.NameTokens.tokens;

import id.aduanterbuka.privacy.NameTokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people. Indonesian complaints name people after honorifics (Pak, Bu, Mas, Mbak…),
 * introductions ("nama saya", "a.n.", "pelapor:", "saya", Javanese "kula"), roles ("Kades", "ketua
 * RT 03"), and in signatures ("Hormat saya,⏎Dwi Astuti", "— Sutarmi", a bare name closing a
 * message); a lexicon of common name tokens catches the rest. Once a name is found, every other
 * occurrence of its words in the text goes too. Facility, road and place names were marked as kept
 * beforehand and are never taken for people.
 */
final class NameRule {
  private enum CueKind {
    /** Pak, Bu, Mas…: the next words are a name. */
    HONORIFIC,
    /** "saya", "kula", "pasien", "korban"…: a name only if capitalised or a known name. */
    WEAK,
    /** "nama saya", "a.n.", "pelapor:", "bernama", roles: the next words are a name. */
    INTRODUCTION,
    /** Closing words at the end of a message: the following line or words are a signature. */
    SIGNATURE
  }

  private final NameLexicon lexicon;

  NameRule(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The starts of the words on the cue list {@code cue}: where its pattern is tried. */
  private static int[] cueWords(List<Token> tokens, int cue) {
    int[] starts = new int[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      if ((t.cues() & cue) != 0) {
        starts[n++] = t.start();
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** Where {@code cue} matches, trying only {@code candidates} (see {@link Scan}). */
  private static int[] signatures(TextView view, Pattern cue, int[] candidates) {
    Scan m = Scan.of(cue, view.text, candidates, StartWords.ANY);
    int[] starts = new int[4];
    int n = 0;
    while (m.find()) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = m.start();
    }
    return Arrays.copyOf(starts, n);
  }

  void find(TextView view, List<PiiEntity> out) {
    List<Token> tokens = tokens(view.text);
    List<PiiEntity> names = new ArrayList<>();
    cued(view, tokens, HONORIFIC, cueWords(tokens, HONORIFIC_CUE), CueKind.HONORIFIC, names);
    cued(
        view,
        tokens,
        INTRODUCTION,
        cueWords(tokens, INTRODUCTION_CUE),
        CueKind.INTRODUCTION,
        names);
    cued(view, tokens, WEAK, cueWords(tokens, WEAK_CUE), CueKind.WEAK, names);
    int[] closings = Scan.filter(view.wordStarts(), view.text, SIGNATURE_WORD_STARTS);
    int[] nextLine = signatures(view, SIGNATURE_NEXT_LINE, closings);
    cued(view, tokens, SIGNATURE_NEXT_LINE, nextLine, CueKind.SIGNATURE, names);
    int[] sameLine = signatures(view, SIGNATURE_SAME_LINE, Scan.union(closings, dashes(view.text)));
    cued(view, tokens, SIGNATURE_SAME_LINE, sameLine, CueKind.SIGNATURE, names);
    tail(view, tokens, names);
    lexiconSweep(view, tokens, names);
    betweenNames(view, tokens, names);
    propagate(view, tokens, names);
    out.addAll(names);
  }

  /**
   * Names after each match of {@code cue}, tried at {@code starts}: where a word that can start it
   * stands — a look-up per word instead of a regex at every character — or where a signature
   * pattern matched.
   */
  private void cued(
      TextView view,
      List<Token> tokens,
      Pattern cue,
      int[] starts,
      CueKind kind,
      List<PiiEntity> out) {
    Matcher m = cue.matcher(view.text).useTransparentBounds(true);
    for (int start : starts) {
      m.region(start, view.text.length());
      if (!m.lookingAt()) {
        continue;
      }
      if (view.isKept(m.start(), Math.max(m.end(), m.start() + 1))) {
        continue; // "Dr." of "RSUD Dr. Moewardi"
      }
      int i = firstTokenAt(tokens, m.end());
      if (i < 0 || gapHasBreak(view.text, m.end(), tokens.get(i).start(), kind)) {
        continue;
      }
      if (kind != CueKind.WEAK) {
        while (i < tokens.size() && isTitle(tokens.get(i))) {
          i++;
        }
        // "bu bidan desa Sumber": after "desa", "kota"… comes a place, not a person.
        if (i > 0 && i < tokens.size() && Words.PLACE_TITLES.contains(tokens.get(i - 1).lower())) {
          continue;
        }
      }
      boolean capitalisedCue = Character.isUpperCase(view.text.charAt(m.start()));
      int first = i;
      int last = -1;
      while (i < tokens.size()
          && i - first < 4
          && isNamePart(view, tokens, i, kind, i == first, capitalisedCue)) {
        last = i;
        i++;
        if (i < tokens.size() && !sameName(view.text, tokens.get(i - 1), tokens.get(i))) {
          break;
        }
      }
      if (last >= first) {
        add(
            out,
            tokens.get(first),
            tokens.get(last),
            "name:" + kind.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * Where a capital stands at {@code i} (the text's start) or after the spaces that follow it; -1
   * if none does.
   */
  private static int capitalAt(String text, int i) {
    if (i == 0 && Character.isUpperCase(text.codePointAt(0))) {
      return 0;
    }
    int j = i + 1;
    while (j < text.length() && Scan.isSpace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && Character.isUpperCase(text.codePointAt(j)) ? j : -1;
  }

  /**
   * At most four words from {@code from} to the end: a name of up to three and a contact cue
   * ("hp"). A word is a run of letters, apostrophes and hyphens holding a letter, as in {@link
   * #TAIL}; digits, dots and spaces between them are not words. (With an e-mail address after
   * {@code from}, anything can follow: the caller checks that first.)
   */
  private static boolean fewWordsToEnd(String text, int from) {
    int words = 0;
    boolean inRun = false;
    boolean runHasLetter = false;
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetter(cp);
      if (letter || cp == '\'' || cp == '’' || cp == '-') {
        inRun = true;
        runHasLetter |= letter;
      } else if (inRun) {
        words += runHasLetter ? 1 : 0;
        inRun = false;
        runHasLetter = false;
      }
      if (words > 4) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return words + (runHasLetter ? 1 : 0) <= 4;
  }

  /** "… Mohon dibantu. Umi Kulsum 0812…" — a message that ends with a bare name. */
  private void tail(TextView view, List<Token> tokens, List<PiiEntity> out) {
    // Only the end of the message can hold its closing name, so only the last 160 characters are
    // searched. The name is capitalised and follows the text's start, an end of sentence or line,
    // or a digit and a space; after it come at most a contact and dots: only where that can be
    // is the pattern tried.
    String text = view.text;
    int lastAt = text.lastIndexOf('@');
    int[] starts = new int[8];
    int n = 0;
    for (int i = Math.max(0, text.length() - 160); i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digitSpace =
          c >= '0' && c <= '9' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
      boolean opens = i == 0 || c == '.' || c == '!' || c == '?' || c == '\n' || digitSpace;
      int name = opens ? capitalAt(text, i) : -1;
      if (name >= 0 && (name < lastAt || fewWordsToEnd(text, name))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
    }
    Scan tail = Scan.of(TAIL, text, Arrays.copyOf(starts, n), StartWords.ANY);
    if (!tail.find()) {
      return;
    }
    Matcher m = tail.match();
    int first = firstTokenAt(tokens, m.start(1));
    if (first < 0) {
      return;
    }
    int last = -1;
    for (int i = first; i < tokens.size() && tokens.get(i).start() < m.end(1); i++) {
      Token t = tokens.get(i);
      if (isCommonOrKept(view, t) || isTitle(t) || (isAcronym(t) && !view.isShouting())) {
        return; // "Terima Kasih", "Kota Semarang", "NIP": not a signature
      }
      last = i;
    }
    if (last >= first) {
      add(out, tokens.get(first), tokens.get(last), "name:tail");
    }
  }

  private void lexiconSweep(TextView view, List<Token> tokens, List<PiiEntity> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.capitalised() || !lexicon.contains(t.lower()) || isCommonOrKept(view, t)) {
        continue;
      }
      int first = i;
      while (first > 0 && isNameNeighbour(view, tokens.get(first - 1), tokens.get(first))) {
        first--;
      }
      int last = i;
      while (last + 1 < tokens.size()
          && last - i < 3
          && isNameNeighbour(view, tokens.get(last + 1), tokens.get(last))) {
        last++;
      }
      add(out, tokens.get(first), tokens.get(last), "name:lexicon");
      i = last;
    }
  }

  private boolean isNameNeighbour(TextView view, Token candidate, Token name) {
    Token left = candidate.start() < name.start() ? candidate : name;
    Token right = left == candidate ? name : candidate;
    return sameName(view.text, left, right)
        && candidate.capitalised()
        && !isAcronym(candidate)
        && !isCommonOrKept(view, candidate)
        && !isTitle(candidate);
  }

  /** "Budi, Sarinah, dan Tono": a capitalised word listed between two names is a name. */
  private static void betweenNames(TextView view, List<Token> tokens, List<PiiEntity> names) {
    if (names.size() < 2) {
      return;
    }
    List<PiiEntity> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(PiiEntity::start));
    List<PiiEntity> more = new ArrayList<>();
    for (Token t : tokens) {
      if (!t.capitalised() || isCommonOrKept(view, t) || isTitle(t)) {
        continue;
      }
      PiiEntity before = null;
      PiiEntity after = null;
      for (PiiEntity n : sorted) {
        if (n.end() <= t.start()) {
          before = n;
        } else if (n.start() >= t.end() && after == null) {
          after = n;
          break; // later names start after the word: none can be before it
        }
      }
      if (before != null
          && after != null
          && LIST_COMMA.matcher(view.text.substring(before.end(), t.start())).matches()
          && LIST_JOIN.matcher(view.text.substring(t.end(), after.start())).matches()) {
        more.add(new PiiEntity(PiiType.NAMA, t.start(), t.end(), "name:list"));
      }
    }
    names.addAll(more);
  }

  private static final Pattern LIST_COMMA = Pattern.compile("\\s*,\\s*");
  private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,|dan|&|serta)\\s*(?:dan\\s+)?");

  /** Every other whole-word occurrence of a found name's words is the same person. */
  private static void propagate(TextView view, List<Token> tokens, List<PiiEntity> names) {
    Set<String> words = new HashSet<>();
    for (PiiEntity name : names) {
      // Tokens are in text order: those inside the name start at its first one.
      int first = firstTokenAt(tokens, name.start());
      for (int i = first < 0 ? tokens.size() : first; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() >= name.end()) {
          break;
        }
        if (t.end() <= name.end() && t.text().length() >= 3) {
          words.add(t.lower());
        }
      }
    }
    if (words.isEmpty()) {
      return;
    }
    List<PiiEntity> more = new ArrayList<>();
    for (Token t : tokens) {
      if (words.contains(t.lower()) && !isCommonOrKept(view, t) && !isTitle(t)) {
        more.add(new PiiEntity(PiiType.NAMA, t.start(), t.end(), "name:repeated"));
      }
    }
    names.addAll(more);
  }

  private boolean isNamePart(
      TextView view,
      List<Token> tokens,
      int i,
      CueKind kind,
      boolean first,
      boolean capitalisedCue) {
    Token t = tokens.get(i);
    if (isTitle(t) || view.isKept(t.start(), t.end()) || Words.PLACES.contains(t.lower())) {
      return false;
    }
    if (Words.COMMON.contains(t.lower())) {
      // "Mbak Kasih", "Mas Bagus": a capitalised word right after a capitalised honorific is a
      // name even when it is also an ordinary word.
      return kind == CueKind.HONORIFIC
          && first
          && capitalisedCue
          && t.capitalised()
          && !view.isShouting()
          && t.lower().length() >= 3;
    }
    if (t.text().length() < 2 || t.text().chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if (t.capitalised()) {
      // Acronyms (PKH, BKSDA) are not names, unless the whole text is shouted in capitals.
      return !isAcronym(t) || view.isShouting() || lexicon.contains(t.lower());
    }
    if (lexicon.contains(t.lower())) {
      return true;
    }
    // Lower case and unknown: a name when a known name follows ("sy bagas wicaksono") or, after a
    // strong cue, when it stands alone ("mas ojan.", "sy wiji, warga…").
    boolean knownNext =
        i + 1 < tokens.size()
            && sameName(view.text, t, tokens.get(i + 1))
            && lexicon.contains(tokens.get(i + 1).lower());
    return first
        && (knownNext
            || (kind != CueKind.WEAK && endsPhrase(view.text, tokens, i))
            || (kind == CueKind.HONORIFIC && !looksLikeVerb(t.lower())));
  }

  private static boolean endsPhrase(String text, List<Token> tokens, int i) {
    int end = tokens.get(i).end();
    String rest = text.substring(end, Math.min(text.length(), end + 2));
    return rest.isEmpty() || ",.)\n".indexOf(rest.charAt(0)) >= 0;
  }

  /** Indonesian verb and noun forms (me-, ber-, ter-, di-, pe- … -kan, -nya), not names. */
  private static final Pattern VERB_LIKE =
      Pattern.compile(
          "(?:me|mem|men|meng|meny|ber|ter|di|ke|pe|pen|pem|peng|se)\\p{L}{4,}"
              + "|\\p{L}+(?:kan|nya|lah|kah)|\\p{L}*\\d\\p{L}*");

  private static boolean looksLikeVerb(String lower) {
    return lower.length() < 3 || VERB_LIKE.matcher(lower).matches();
  }

  private static boolean isAcronym(Token t) {
    return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
  }

  private static boolean isCommonOrKept(TextView view, Token t) {
    return Words.COMMON.contains(t.lower())
        || Words.PLACES.contains(t.lower())
        || view.isKept(t.start(), t.end());
  }

  private static boolean isTitle(Token t) {
    return Words.TITLES.contains(t.lower());
  }

  private static int firstTokenAt(List<Token> tokens, int position) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < position) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < tokens.size() ? low : -1;
  }

  /** Only spaces (and a colon or comma for introductions) may separate a cue from its name. */
  private static boolean gapHasBreak(String text, int from, int to, CueKind kind) {
    int commas = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean allowed =
          switch (kind) {
            case SIGNATURE -> Scan.isSpace(c) || c == ',' || c == '.' || c == ':'; // [\s,.:]*
            case WEAK, HONORIFIC -> c == ' ' || c == '\t' || (c == ',' && ++commas == 1);
            case INTRODUCTION ->
                Scan.isSpace(c) || ":,.-".indexOf(c) >= 0 || (c >= '0' && c <= '9');
          };
      if (!allowed) {
        return true;
      }
    }
    return false; // [ \t]*[,]?[ \t]* for honorifics: spaces and at most one comma
  }

  /** Words of one name are separated by a single space (or a dot and space: "M. Rizky"). */
  private static boolean sameName(String text, Token a, Token b) {
    int from = a.end();
    return switch (b.start() - from) {
      case 0 -> true;
      case 1 -> text.charAt(from) == '.' || text.charAt(from) == ' ';
      case 2 -> text.charAt(from) == '.' && text.charAt(from + 1) == ' ';
      default -> false;
    };
  }

  private static void add(List<PiiEntity> out, Token first, Token last, String rule) {
    out.add(new PiiEntity(PiiType.NAMA, first.start(), last.end(), rule));
  }
}
