package id.aduanterbuka.mpp;

import id.aduanterbuka.agency.AgencyCode;
import java.util.List;

/**
 * A detached, read-only picture of a service in the catalogue, as listings show it: who provides
 * it, where, how long it takes, what it costs and what the citizen gets.
 */
public record MppServiceView(
    String code,
    String name,
    AgencyCode agencyCode,
    String agencyName,
    List<String> mppCodes,
    long feeRupiah,
    boolean free,
    int durationAmount,
    DurationUnit durationUnit,
    String output,
    String onlineUrl) {

  public MppServiceView {
    mppCodes = List.copyOf(mppCodes);
  }

  static MppServiceView of(MppService service) {
    return new MppServiceView(
        service.code(),
        service.name(),
        service.agency().code(),
        service.agency().name(),
        service.offeredAt().stream().map(Mpp::code).sorted().toList(),
        service.feeRupiah(),
        service.isFree(),
        service.duration().amount(),
        service.duration().unit(),
        service.output(),
        service.onlineUrl());
  }
}
