package id.aduanterbuka.ingest;

import id.aduanterbuka.agency.AgencyKind;
import java.util.List;

/**
 * An agency row that passed its checks. {@code channels} is null when the file has no channels
 * column (the stored channels are kept), else the agency's complete set in a fixed order, so two
 * rows with the same channels in another order are equal.
 */
public record ImportedAgency(
    String code,
    String name,
    String shortName,
    AgencyKind kind,
    String parentCode,
    String regionCode,
    List<ImportedChannel> channels) {
  public ImportedAgency {
    channels = channels == null ? null : channels.stream().sorted(ImportedChannel.ORDER).toList();
  }

  /** This row with what it leaves out (channels) taken from the stored one. */
  public ImportedAgency over(ImportedAgency stored) {
    return channels != null
        ? this
        : new ImportedAgency(code, name, shortName, kind, parentCode, regionCode, stored.channels);
  }
}
