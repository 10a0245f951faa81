package id.aduanterbuka.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes personal data from Indonesian complaint text. Rules find spans (numbers, contacts,
 * plates, addresses, names); overlapping spans merge, the longer span's type winning; each merged
 * span becomes its type's placeholder. When in doubt the rules redact: a lost word costs far less
 * than a published identity.
 *
 * <p>Thread-safe: share one instance (the bulk importer redacts on every core with one). Its state
 * is immutable after construction — compiled patterns, word lists, the name lexicon — and each call
 * keeps what it works on (the {@link TextView}, matchers, found spans) to itself.
 *
 * <p>Speed: each rule's patterns are tried only at the few positions where a match can begin (see
 * {@link Scan}), not at every character; the output is the same as trying them everywhere, which
 * {@code RedactorGoldenTest} checks against recorded redactions.
 *
 * <p>{@link #VERSION} goes up whenever the rules change, so stored complaints redacted by an older
 * version can be found and redacted again.
 */
public final class Redactor {
  /** Version of the rules; stored with every redaction. */
  public static final int VERSION = 1;

  private final NameRule names;

  public Redactor() {
    this.names = new NameRule(NameLexicon.builtIn());
  }

  public Redaction redact(String text) {
    if (text == null || text.isBlank()) {
      return new Redaction(text == null ? "" : text, List.of(), List.of(), VERSION);
    }
    TextView view = new TextView(text);
    KeptTerms.mark(view);
    List<PiiEntity> found = new ArrayList<>();
    ContactRule.find(view, found);
    NumberRule.find(view, found);
    PlateRule.find(view, found);
    AddressRule.find(view, found);
    names.find(view, found);
    List<PiiEntity> merged = merge(found, text);
    String redacted = apply(text, merged);
    List<String> risks =
        ResidualRisk.assess(
            redacted,
            phrase -> {
              int at = text.indexOf(phrase);
              return at >= 0 && view.isKept(at, at + phrase.length());
            });
    return new Redaction(redacted, merged, risks, VERSION);
  }

  /** Sorted, non-overlapping spans; where spans overlap the union is kept, typed as the longest. */
  static List<PiiEntity> merge(List<PiiEntity> found, String text) {
    List<PiiEntity> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(PiiEntity::start).thenComparing(e -> -e.length()));
    List<PiiEntity> merged = new ArrayList<>();
    for (PiiEntity next : sorted) {
      if (!merged.isEmpty() && merged.get(merged.size() - 1).overlapsOrTouches(next, text)) {
        PiiEntity last = merged.remove(merged.size() - 1);
        PiiEntity longer = last.length() >= next.length() ? last : next;
        merged.add(
            new PiiEntity(
                longer.type(),
                Math.min(last.start(), next.start()),
                Math.max(last.end(), next.end()),
                longer.rule()));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  private static String apply(String text, List<PiiEntity> spans) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (PiiEntity span : spans) {
      out.append(text, at, span.start()).append(span.type().placeholder());
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
