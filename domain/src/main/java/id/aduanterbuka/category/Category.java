package id.aduanterbuka.category;

import id.aduanterbuka.agency.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subject of reports ("Jalan rusak", "Administrasi kependudukan"…), bilingual, with its report
 * type, the follow-up deadline in working days, and the agency reports go to unless re-routed.
 */
@Entity
@Table(name = "category")
public class Category {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 48)
  private String code;

  @Column(name = "name_id", nullable = false, length = 120)
  private String nameId;

  @Column(name = "name_en", nullable = false, length = 120)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "report_type", nullable = false, length = 24)
  private ReportType reportType;

  @Column(name = "requires_oversight", nullable = false)
  private boolean requiresOversight;

  @Column(name = "sla_working_days", nullable = false)
  private int slaWorkingDays;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "default_agency_id")
  private Agency defaultAgency;

  @Version
  @Column(name = "version")
  private int version;

  protected Category() {}

  /** A category with the national default SLA for its report type. */
  public Category(
      String code,
      String nameId,
      String nameEn,
      ReportType reportType,
      boolean requiresOversight,
      Agency defaultAgency) {
    this(
        code,
        nameId,
        nameEn,
        reportType,
        requiresOversight,
        reportType.defaultSlaWorkingDays(requiresOversight),
        defaultAgency);
  }

  public Category(
      String code,
      String nameId,
      String nameEn,
      ReportType reportType,
      boolean requiresOversight,
      int slaWorkingDays,
      Agency defaultAgency) {
    if (code == null || code.length() > 48 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a category code is lower-case words joined by dashes, e.g. jalan-rusak; was " + code);
    }
    if (nameId == null || nameId.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("a category needs an Indonesian and an English name");
    }
    this.reportType = Objects.requireNonNull(reportType, "reportType");
    reportType.defaultSlaWorkingDays(requiresOversight); // rejects oversight on non-complaints
    if (slaWorkingDays < 1 || slaWorkingDays > 365) {
      throw new IllegalArgumentException("an SLA is 1 to 365 working days, was " + slaWorkingDays);
    }
    this.code = code;
    this.nameId = nameId.strip();
    this.nameEn = nameEn.strip();
    this.requiresOversight = requiresOversight;
    this.slaWorkingDays = slaWorkingDays;
    this.defaultAgency = defaultAgency;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }

  public ReportType reportType() {
    return reportType;
  }

  public boolean requiresOversight() {
    return requiresOversight;
  }

  public int slaWorkingDays() {
    return slaWorkingDays;
  }

  public Agency defaultAgency() {
    return defaultAgency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Category other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
