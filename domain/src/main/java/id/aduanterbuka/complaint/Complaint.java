package id.aduanterbuka.complaint;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.category.Category;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.privacy.Redaction;
import id.aduanterbuka.region.Region;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report from a citizen and everything that happened to it. The text held here is the publishable
 * one; what the citizen actually wrote is kept apart in {@link RestrictedComplaintText}. Every
 * change goes through {@link #record}, {@link #routeTo} or {@link #rerouteTo}, which append to the
 * timeline and move the status by the rules of {@link ComplaintStatus}.
 */
@Entity
@Table(name = "complaint")
public class Complaint {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "reference", nullable = false, unique = true, length = 20)
  private ComplaintReference reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private IntakeChannel channel;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private Category category;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "region_code")
  private Region region;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ComplaintStatus status;

  @Column(name = "published_text")
  private String publishedText;

  @Enumerated(EnumType.STRING)
  @Column(name = "publication", nullable = false, length = 16)
  private Publication publication = Publication.PENDING_REVIEW;

  @Column(name = "redaction_version")
  private Integer redactionVersion;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("routedAt")
  private List<ComplaintRouting> routings = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<ComplaintEvent> events = new ArrayList<>();

  @Version
  @Column(name = "satisfaction")
  private Integer satisfaction;

  @Column(name = "version")
  private int version;

  protected Complaint() {}

  private Complaint(
      ComplaintReference reference,
      IntakeChannel channel,
      Category category,
      Region region,
      OffsetDateTime receivedAt,
      String publishedText) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.category = Objects.requireNonNull(category, "category");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.region = region;
    this.publishedText = publishedText;
  }

  /** A new complaint, its timeline starting with RECEIVED at {@code receivedAt}. */
  public static Complaint receive(
      ComplaintReference reference,
      IntakeChannel channel,
      Category category,
      Region region,
      OffsetDateTime receivedAt,
      String publishedText) {
    Complaint complaint =
        new Complaint(reference, channel, category, region, receivedAt, publishedText);
    complaint.status = ComplaintStatus.RECEIVED;
    complaint.events.add(
        new ComplaintEvent(complaint, 1, EventType.RECEIVED, receivedAt, null, null));
    return complaint;
  }

  /** Records a non-routing event (verified, responded, resolved…). */
  public ComplaintEvent record(
      EventType type, OffsetDateTime at, Agency agency, String publicNote) {
    if (type == EventType.ROUTED) {
      throw new IllegalArgumentException("use routeTo or rerouteTo to route a complaint");
    }
    if (type == EventType.RECEIVED) {
      throw new IllegalArgumentException("a complaint is received only once, by receive()");
    }
    if (agency != null && type.requiresAgency() && !isWith(agency)) {
      throw new IllegalStateException(
          reference + " is not with " + agency.code() + ", so it cannot have " + type + " it");
    }
    return append(type, at, agency, publicNote);
  }

  /** Routes the complaint to one more agency (it stays with the agencies it is already with). */
  public ComplaintEvent routeTo(Agency agency, OffsetDateTime at, String publicNote) {
    Objects.requireNonNull(agency, "agency");
    if (isWith(agency)) {
      throw new IllegalStateException(reference + " is already with " + agency.code());
    }
    ComplaintEvent event = append(EventType.ROUTED, at, agency, publicNote);
    routings.add(new ComplaintRouting(this, agency, at));
    return event;
  }

  /** Takes the complaint away from every agency it is with and gives it to {@code agency}. */
  public ComplaintEvent rerouteTo(Agency agency, OffsetDateTime at, String publicNote) {
    Objects.requireNonNull(agency, "agency");
    ComplaintEvent event = append(EventType.ROUTED, at, agency, publicNote);
    routings.stream().filter(ComplaintRouting::isActive).forEach(r -> r.end(at));
    routings.add(new ComplaintRouting(this, agency, at));
    return event;
  }

  private ComplaintEvent append(
      EventType type, OffsetDateTime at, Agency agency, String publicNote) {
    Objects.requireNonNull(at, "at");
    if (type.requiresAgency() && agency == null) {
      throw new IllegalArgumentException(type + " needs the agency that acted");
    }
    ComplaintEvent last = events.get(events.size() - 1);
    if (at.isBefore(last.occurredAt())) {
      throw new IllegalArgumentException(
          type + " at " + at + " would come before the last event (" + last.occurredAt() + ")");
    }
    ComplaintStatus next = status.after(type);
    ComplaintEvent event =
        new ComplaintEvent(this, events.size() + 1, type, at, agency, publicNote);
    events.add(event);
    status = next;
    if (type == EventType.REOPENED) {
      satisfaction = null;
    }
    return event;
  }

  /**
   * Records the citizen's rating of how the complaint was handled: 1–5 stars, only once it is
   * resolved; a later rating replaces an earlier one, and reopening clears it.
   */
  public void rate(int stars) {
    if (!status.countsAsResolved()) {
      throw new IllegalStateException(
          reference + " is " + status + "; a complaint is rated after it is resolved");
    }
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("a rating is 1 to 5 stars, was " + stars);
    }
    this.satisfaction = stars;
  }

  /** The citizen's rating, 1–5 stars, if given. */
  public java.util.OptionalInt satisfaction() {
    return satisfaction == null
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(satisfaction);
  }

  /**
   * Sets the text to publish from a redaction of what the citizen wrote: published at once when the
   * redactor saw no residual risk, otherwise held for an operator's review.
   */
  public void applyRedaction(Redaction redaction) {
    this.publishedText = redaction.redactedText();
    this.publication = Publication.after(redaction);
    this.redactionVersion = redaction.version();
  }

  public Publication publication() {
    return publication;
  }

  /** Whether the public may see this complaint's text: a public status and a published text. */
  public boolean isVisible() {
    return status.isPublic() && publication.isVisible();
  }

  private boolean isWith(Agency agency) {
    return routings.stream().anyMatch(r -> r.isActive() && r.agency().equals(agency));
  }

  public Long id() {
    return id;
  }

  public ComplaintReference reference() {
    return reference;
  }

  public IntakeChannel channel() {
    return channel;
  }

  public Category category() {
    return category;
  }

  public Region region() {
    return region;
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  public ComplaintStatus status() {
    return status;
  }

  public String publishedText() {
    return publishedText;
  }

  /** Every routing, past and present, oldest first. */
  public List<ComplaintRouting> routings() {
    return List.copyOf(routings);
  }

  /** Agencies the complaint is with now. */
  public List<Agency> currentAgencies() {
    return routings.stream()
        .filter(ComplaintRouting::isActive)
        .map(ComplaintRouting::agency)
        .toList();
  }

  public List<ComplaintEvent> timeline() {
    return List.copyOf(events);
  }
}
