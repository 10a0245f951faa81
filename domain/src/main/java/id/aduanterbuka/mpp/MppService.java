package id.aduanterbuka.mpp;

import id.aduanterbuka.agency.Agency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One service in an MPP catalogue (e.g. "Penerbitan KTP-el"), provided by one agency and offered at
 * one or more MPPs, with its service standard: requirements, steps, duration, fee, output, legal
 * basis and an online link where there is one.
 */
@Entity
@Table(name = "mpp_service")
public class MppService {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 48)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "mpp_service_offering",
      joinColumns = @JoinColumn(name = "service_id"),
      inverseJoinColumns = @JoinColumn(name = "mpp_id"))
  private Set<Mpp> offeredAt = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "mpp_service_requirement", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @Column(name = "requirement", nullable = false)
  private List<String> requirements = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "mpp_service_step", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @Column(name = "step", nullable = false)
  private List<String> procedure = new ArrayList<>();

  @Embedded private ServiceDuration duration;

  @Column(name = "fee_rupiah", nullable = false)
  private long feeRupiah;

  @Column(name = "output", nullable = false)
  private String output;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "online_url", length = 500)
  private String onlineUrl;

  @Version
  @Column(name = "version")
  private int version;

  protected MppService() {}

  public MppService(
      String code,
      String name,
      Agency agency,
      List<String> requirements,
      List<String> procedure,
      ServiceDuration duration,
      long feeRupiah,
      String output,
      String legalBasis,
      String onlineUrl) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.duration = Objects.requireNonNull(duration, "duration");
    if (feeRupiah < 0) {
      throw new IllegalArgumentException(
          "a fee cannot be negative (0 means free), was " + feeRupiah);
    }
    if (onlineUrl != null && !onlineUrl.startsWith("https://")) {
      throw new IllegalArgumentException("an online service link must be https, was " + onlineUrl);
    }
    this.requirements = new ArrayList<>(requirements);
    this.procedure = new ArrayList<>(procedure);
    this.feeRupiah = feeRupiah;
    this.output = Objects.requireNonNull(output, "output");
    this.legalBasis = legalBasis;
    this.onlineUrl = onlineUrl;
  }

  public void offerAt(Mpp mpp) {
    offeredAt.add(Objects.requireNonNull(mpp));
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

  public Agency agency() {
    return agency;
  }

  public Set<Mpp> offeredAt() {
    return Set.copyOf(offeredAt);
  }

  public List<String> requirements() {
    return List.copyOf(requirements);
  }

  public List<String> procedure() {
    return List.copyOf(procedure);
  }

  public ServiceDuration duration() {
    return duration;
  }

  public long feeRupiah() {
    return feeRupiah;
  }

  public boolean isFree() {
    return feeRupiah == 0;
  }

  public String output() {
    return output;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public String onlineUrl() {
    return onlineUrl;
  }
}
