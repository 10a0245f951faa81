package id.aduanterbuka.ingest;

import id.aduanterbuka.mpp.DurationUnit;
import java.util.List;

/**
 * An MPP service row that passed its checks. {@code mppCodes} (where it is offered, sorted), {@code
 * requirements} and {@code procedure} (in their order) are null when the file has no such column:
 * the stored ones are kept.
 */
public record ImportedMppService(
    String code,
    String name,
    String agencyCode,
    List<String> mppCodes,
    int durationAmount,
    DurationUnit durationUnit,
    long feeRupiah,
    String output,
    String legalBasis,
    String onlineUrl,
    List<String> requirements,
    List<String> procedure) {
  public ImportedMppService {
    mppCodes = mppCodes == null ? null : mppCodes.stream().distinct().sorted().toList();
    requirements = requirements == null ? null : List.copyOf(requirements);
    procedure = procedure == null ? null : List.copyOf(procedure);
  }

  /** This row with what it leaves out (MPPs, requirements, procedure) taken from the stored one. */
  public ImportedMppService over(ImportedMppService stored) {
    return new ImportedMppService(
        code,
        name,
        agencyCode,
        mppCodes == null ? stored.mppCodes : mppCodes,
        durationAmount,
        durationUnit,
        feeRupiah,
        output,
        legalBasis,
        onlineUrl,
        requirements == null ? stored.requirements : requirements,
        procedure == null ? stored.procedure : procedure);
  }
}
