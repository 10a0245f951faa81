package id.aduanterbuka.ingest;

import java.util.Map;
import java.util.Set;

/**
 * What the database already holds that reference rows may point at: region codes, agency codes with
 * their parents (to catch a parent cycle an import would close), and MPP codes.
 *
 * @param agencyParents every stored agency code, mapped to its parent's code or to "" for none
 */
public record ReferenceCodes(
    Set<String> regions, Map<String, String> agencyParents, Set<String> mpps) {
  public ReferenceCodes {
    regions = Set.copyOf(regions);
    agencyParents = Map.copyOf(agencyParents);
    mpps = Set.copyOf(mpps);
  }

  public Set<String> agencies() {
    return agencyParents.keySet();
  }
}
