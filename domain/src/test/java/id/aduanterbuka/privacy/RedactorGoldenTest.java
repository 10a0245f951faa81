package id.aduanterbuka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The redactor gives exactly the output it gave when {@code privacy/redactor-golden.txt} was
 * written: text, entities (type, span, rule), residual risks and version, for every text of the
 * labelled corpora and {@value #SEEDED} seeded {@link GoldenCorpus} texts. Guards speed work: a
 * faster redactor must not redact differently. When the rules change on purpose ({@link
 * Redactor#VERSION} goes up), rewrite the file with {@link #main}.
 */
class RedactorGoldenTest {
  static final long SEED = 20261123L;
  static final int SEEDED = 3000;
  private static final String RESOURCE = "/privacy/redactor-golden.txt";

  static List<String> texts() {
    List<String> texts = new ArrayList<>(GoldenCorpus.labelledTexts());
    texts.addAll(GoldenCorpus.fromLabelledCorpora().texts(SEED, SEEDED));
    return texts;
  }

  static List<String> hashes(List<String> texts) {
    Redactor redactor = new Redactor();
    List<String> hashes = new ArrayList<>(texts.size());
    for (String text : texts) {
      hashes.add(GoldenCorpus.hash(GoldenCorpus.serialise(redactor.redact(text))));
    }
    return hashes;
  }

  @Test
  void everyTextIsRedactedExactlyAsRecorded() throws IOException {
    List<String> expected = new ArrayList<>();
    try (InputStream in = RedactorGoldenTest.class.getResourceAsStream(RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expected.add(line.strip());
        }
      }
    }
    List<String> texts = texts();
    List<String> actual = hashes(texts);
    assertEquals(expected.size(), actual.size(), "one recorded hash per text");

    Redactor redactor = new Redactor();
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        changed.add("#" + i + ": " + GoldenCorpus.serialise(redactor.redact(texts.get(i))) + "\n");
      }
    }
    assertTrue(
        changed.isEmpty(),
        changed.size()
            + " texts redacted differently, first: "
            + changed.subList(0, Math.min(5, changed.size())));
  }

  /** One shared redactor on several threads gives each text the same redaction as on one. */
  @Test
  void aSharedRedactorGivesTheSameResultsOnManyThreads() throws Exception {
    List<String> texts = texts();
    List<String> alone = hashes(texts);
    Redactor shared = new Redactor();
    int threads = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * texts.size() / threads; // each thread starts elsewhere in the corpus
        runs.add(
            pool.submit(
                () -> {
                  String[] hashes = new String[texts.size()];
                  for (int k = 0; k < texts.size(); k++) {
                    int i = (offset + k) % texts.size();
                    hashes[i] =
                        GoldenCorpus.hash(GoldenCorpus.serialise(shared.redact(texts.get(i))));
                  }
                  return List.of(hashes);
                }));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rewrites the golden file: {@code RedactorGoldenTest domain/src/test/resources/privacy/...}. */
  public static void main(String[] args) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Redactor golden output: 12 hex digits of the SHA-256 of GoldenCorpus.serialise(")
        .append("redact(text)),\n# one line per text: the labelled corpora, then ")
        .append(SEEDED)
        .append(" GoldenCorpus texts of seed ")
        .append(SEED)
        .append(". Redactor.VERSION ")
        .append(Redactor.VERSION)
        .append(".\n# Written by RedactorGoldenTest.main; rewrite only when the rules change.\n");
    for (String hash : hashes(texts())) {
      out.append(hash).append('\n');
    }
    Files.writeString(Path.of(args[0]), out.toString(), StandardCharsets.UTF_8);
  }
}
