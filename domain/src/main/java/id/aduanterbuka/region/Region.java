package id.aduanterbuka.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A province, regency/city, district or village, identified by its Kemendagri code. Regions are
 * reference data: loaded from official lists, never edited by users.
 */
@Entity
@Table(name = "region")
public class Region {
  @Id
  @Column(name = "code", length = 13)
  private RegionCode code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private RegionKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_code")
  private Region parent;

  @Version
  @Column(name = "version")
  private int version;

  protected Region() {}

  public Region(RegionCode code, String name, RegionKind kind, Region parent) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = requireName(name);
    this.kind = Objects.requireNonNull(kind, "kind");
    if (kind.level() != code.level()) {
      throw new IllegalArgumentException(
          "a " + kind + " needs a " + kind.level() + " code, " + code + " is " + code.level());
    }
    if (!Objects.equals(code.parent().orElse(null), parent == null ? null : parent.code)) {
      throw new IllegalArgumentException(
          "the parent of "
              + code
              + " must be "
              + code.parent().map(String::valueOf).orElse("none"));
    }
    this.parent = parent;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a region needs a name");
    }
    return name.strip();
  }

  public RegionCode code() {
    return code;
  }

  public String name() {
    return name;
  }

  public RegionKind kind() {
    return kind;
  }

  public RegionLevel level() {
    return kind.level();
  }

  public Region parent() {
    return parent;
  }

  /** "Kabupaten Banyumas", "Kota Semarang", "Kecamatan Tembalang". */
  public String displayName() {
    String prefix =
        kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    return name.startsWith(prefix) ? name : prefix + " " + name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "Region[" + code + " " + name + "]";
  }
}
