package id.aduanterbuka.agency;

import id.aduanterbuka.region.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A government body that receives complaints: an OPD (dinas, badan…), a public hospital, a regional
 * enterprise such as PDAM, or a district/village office. Agencies form a tree ({@link #parent()}):
 * a UPT under its dinas, a kelurahan office under its kecamatan.
 */
@Entity
@Table(name = "agency")
public class Agency {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = AgencyCode.MAX_LENGTH)
  private AgencyCode code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "short_name", nullable = false, length = 60)
  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private AgencyKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Agency parent;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_code", nullable = false)
  private Region region;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "agency_channel", joinColumns = @JoinColumn(name = "agency_id"))
  @OrderBy("type")
  private List<OfficialChannel> channels = new ArrayList<>();

  @Version
  @Column(name = "version")
  private int version;

  protected Agency() {}

  public Agency(
      AgencyCode code,
      String name,
      String shortName,
      AgencyKind kind,
      Agency parent,
      Region region) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = requireText(name, "name");
    this.shortName = requireText(shortName, "short name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.region = Objects.requireNonNull(region, "region served");
    this.parent = parent;
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an agency needs a " + what);
    }
    return text.strip();
  }

  public void addChannel(OfficialChannel channel) {
    if (channels.contains(channel)) {
      throw new IllegalArgumentException(
          code + " already has the " + channel.type() + " channel " + channel.handle());
    }
    channels.add(channel);
  }

  public Long id() {
    return id;
  }

  public AgencyCode code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public AgencyKind kind() {
    return kind;
  }

  public Agency parent() {
    return parent;
  }

  /** The region whose residents this agency serves (a regency, or the province). */
  public Region region() {
    return region;
  }

  public List<OfficialChannel> channels() {
    return List.copyOf(channels);
  }

  /** True when at least one social-media account is verified active. */
  public boolean hasActiveSocialChannel() {
    return channels.stream().anyMatch(c -> c.type().isSocialMedia() && c.verifiedActive());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Agency other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "Agency[" + code + "]";
  }
}
