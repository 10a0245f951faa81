package id.aduanterbuka.mpp;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.region.RegionCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * A detached, read-only picture of an MPP for interfaces: where it is, when it opens, which
 * agencies have a desk there and how many services it offers.
 */
public record MppView(
    String code,
    String name,
    RegionCode regencyCode,
    String regencyName,
    String address,
    LocalDate openedOn,
    List<Hours> openingHours,
    List<Tenant> tenants,
    long serviceCount) {

  public MppView {
    openingHours = List.copyOf(openingHours);
    tenants = List.copyOf(tenants);
  }

  /** Opening hours on one day of the week. */
  public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {}

  /** An agency with a desk in the MPP. */
  public record Tenant(AgencyCode code, String name) {}

  static MppView of(Mpp mpp, long serviceCount) {
    return new MppView(
        mpp.code(),
        mpp.name(),
        mpp.regency().code(),
        mpp.regency().displayName(),
        mpp.address(),
        mpp.openedOn(),
        mpp.openingHours().stream()
            .map(h -> new Hours(h.day(), h.opens(), h.closes()))
            .sorted(Comparator.comparing(Hours::day))
            .toList(),
        mpp.tenants().stream()
            .sorted(Comparator.comparing(Agency::code))
            .map(a -> new Tenant(a.code(), a.name()))
            .toList(),
        serviceCount);
  }
}
