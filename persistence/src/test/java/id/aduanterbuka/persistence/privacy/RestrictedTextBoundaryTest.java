package id.aduanterbuka.persistence.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The restricted original text is reachable by SQL only from the publication gate's store, the demo
 * generator and the bulk importer (which, like the generator, writes the original beside the
 * redaction); no other main source of any module names its table or columns. (ArchUnit guards the
 * Java side: no public package depends on the restricted types.)
 */
class RestrictedTextBoundaryTest {
  private static final List<String> RESTRICTED =
      List.of("complaint_original", "original_text", "reporter_name", "reporter_contact");

  private static List<Path> mentions(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(
              p ->
                  p.toString().endsWith(".java")
                      || p.toString().endsWith(".xhtml")
                      || p.toString().endsWith(".properties"))
          .filter(RestrictedTextBoundaryTest::mentionsRestricted)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean mentionsRestricted(Path file) {
    try {
      String text = Files.readString(file).toLowerCase(Locale.ROOT);
      return RESTRICTED.stream().anyMatch(text::contains);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void onlyTheGateStoreAndTheGeneratorQueryTheRestrictedTable() {
    List<Path> found = mentions(Path.of("src", "main", "java"));

    assertTrue(
        found.stream().anyMatch(p -> p.endsWith("JdbcRedactionStore.java")),
        "the scan sees the store");
    for (Path p : found) {
      String path = p.toString().replace('\\', '/');
      assertTrue(
          path.contains("/persistence/privacy/")
              || path.contains("/persistence/seed/")
              || path.contains("/persistence/importing/"),
          p + " reads the restricted original text");
    }
  }

  @Test
  void noPublicModuleMentionsTheRestrictedTable() {
    assertEquals(List.of(), mentions(Path.of("..", "api", "src", "main")));
    assertEquals(List.of(), mentions(Path.of("..", "portal-web", "src", "main")));
  }
}
