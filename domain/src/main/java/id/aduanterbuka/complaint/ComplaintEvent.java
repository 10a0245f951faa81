package id.aduanterbuka.complaint;

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
import java.time.OffsetDateTime;

/** One step of a complaint's public timeline: what happened, when, by which agency, and a note. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 16)
  private EventType type;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Column(name = "public_note", length = 2000)
  private String publicNote;

  protected ComplaintEvent() {}

  ComplaintEvent(
      Complaint complaint,
      int sequence,
      EventType type,
      OffsetDateTime occurredAt,
      Agency agency,
      String publicNote) {
    this.complaint = complaint;
    this.sequence = sequence;
    this.type = type;
    this.occurredAt = occurredAt;
    this.agency = agency;
    this.publicNote = publicNote == null || publicNote.isBlank() ? null : publicNote.strip();
  }

  public int sequence() {
    return sequence;
  }

  public EventType type() {
    return type;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public Agency agency() {
    return agency;
  }

  public String publicNote() {
    return publicNote;
  }
}
