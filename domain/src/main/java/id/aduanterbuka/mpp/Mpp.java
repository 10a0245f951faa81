package id.aduanterbuka.mpp;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A Mal Pelayanan Publik: one building where many agencies serve citizens side by side. */
@Entity
@Table(name = "mpp")
public class Mpp {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 32)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "regency_code", nullable = false)
  private Region regency;

  @Column(name = "address", nullable = false, length = 300)
  private String address;

  @Column(name = "opened_on")
  private LocalDate openedOn;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "mpp_opening_hours", joinColumns = @JoinColumn(name = "mpp_id"))
  @OrderBy("dayOfWeek")
  private List<OpeningHours> openingHours = new ArrayList<>();

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "mpp_tenant",
      joinColumns = @JoinColumn(name = "mpp_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  private Set<Agency> tenants = new LinkedHashSet<>();

  @Version
  @Column(name = "version")
  private int version;

  protected Mpp() {}

  public Mpp(String code, String name, Region regency, String address, LocalDate openedOn) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.address = Objects.requireNonNull(address, "address");
    if (regency.level() != RegionLevel.REGENCY) {
      throw new IllegalArgumentException("an MPP belongs to a regency or city, not " + regency);
    }
    this.regency = regency;
    this.openedOn = openedOn;
  }

  public void addOpeningHours(OpeningHours hours) {
    if (openingHours.stream().anyMatch(h -> h.day() == hours.day())) {
      throw new IllegalArgumentException(code + " already has hours for " + hours.day());
    }
    openingHours.add(hours);
  }

  public void addTenant(Agency agency) {
    tenants.add(Objects.requireNonNull(agency));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Region regency() {
    return regency;
  }

  public String address() {
    return address;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public List<OpeningHours> openingHours() {
    return List.copyOf(openingHours);
  }

  public Set<Agency> tenants() {
    return Set.copyOf(tenants);
  }
}
