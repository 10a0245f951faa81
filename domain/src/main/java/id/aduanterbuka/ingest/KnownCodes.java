package id.aduanterbuka.ingest;

import java.util.Set;

/** The agency, category and region codes the database knows, which imported rows must use. */
public record KnownCodes(Set<String> agencies, Set<String> categories, Set<String> regions) {
  public KnownCodes {
    agencies = Set.copyOf(agencies);
    categories = Set.copyOf(categories);
    regions = Set.copyOf(regions);
  }
}
