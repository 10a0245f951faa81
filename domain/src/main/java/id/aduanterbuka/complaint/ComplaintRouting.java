package id.aduanterbuka.complaint;

import id.aduanterbuka.agency.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A complaint being with an agency from {@code routedAt} until {@code endedAt} (null while it still
 * is). A complaint can be with several agencies at once, and re-routing ends one routing and starts
 * another.
 */
@Entity
@Table(name = "complaint_routing")
public class ComplaintRouting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @Column(name = "routed_at", nullable = false)
  private OffsetDateTime routedAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  protected ComplaintRouting() {}

  ComplaintRouting(Complaint complaint, Agency agency, OffsetDateTime routedAt) {
    this.complaint = complaint;
    this.agency = agency;
    this.routedAt = routedAt;
  }

  void end(OffsetDateTime at) {
    this.endedAt = at;
  }

  public Agency agency() {
    return agency;
  }

  public OffsetDateTime routedAt() {
    return routedAt;
  }

  public OffsetDateTime endedAt() {
    return endedAt;
  }

  public boolean isActive() {
    return endedAt == null;
  }
}
