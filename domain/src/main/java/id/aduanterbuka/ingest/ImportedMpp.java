package id.aduanterbuka.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An MPP row that passed its checks. {@code openingHours} and {@code tenants} (agency codes) are
 * null when the file has no such column (the stored ones are kept), else sorted, so their order in
 * the file does not make a row look changed.
 */
public record ImportedMpp(
    String code,
    String name,
    String regencyCode,
    String address,
    LocalDate openedOn,
    List<ImportedOpeningHours> openingHours,
    List<String> tenants) {
  public ImportedMpp {
    openingHours =
        openingHours == null
            ? null
            : openingHours.stream()
                .sorted(Comparator.comparing(ImportedOpeningHours::day))
                .toList();
    tenants = tenants == null ? null : tenants.stream().distinct().sorted().toList();
  }

  /** This row with what it leaves out (hours, tenants) taken from the stored one. */
  public ImportedMpp over(ImportedMpp stored) {
    return new ImportedMpp(
        code,
        name,
        regencyCode,
        address,
        openedOn,
        openingHours == null ? stored.openingHours : openingHours,
        tenants == null ? stored.tenants : tenants);
  }
}
