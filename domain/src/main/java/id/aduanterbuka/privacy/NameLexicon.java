package id.aduanterbuka.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Common Indonesian personal-name tokens, lower case, from {@code person-names.txt}. */
final class NameLexicon {
  private static final String RESOURCE = "/id/aduanterbuka/privacy/person-names.txt";
  private final Set<String> names;

  private NameLexicon(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  static NameLexicon builtIn() {
    try (InputStream in = NameLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing name lexicon " + RESOURCE);
      }
      Set<String> names = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      names.removeAll(Words.COMMON);
      names.removeAll(Words.PLACES);
      return new NameLexicon(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean contains(String lowerCaseToken) {
    return names.contains(lowerCaseToken);
  }
}
