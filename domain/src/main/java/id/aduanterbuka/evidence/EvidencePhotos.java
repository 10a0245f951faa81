package id.aduanterbuka.evidence;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * Application service for resolution evidence: agencies (and operators) submit before/after photos
 * of a complaint, operators review them, and the public sees approved ones only. A photo that is
 * pending, rejected, or belongs to a complaint that is not public is treated exactly like one that
 * does not exist.
 */
@ApplicationScoped
public class EvidencePhotos {
  private PhotoStore store;
  private PhotoProcessor processor;
  private InstantSource clock;

  protected EvidencePhotos() {}

  @Inject
  public EvidencePhotos(PhotoStore store) {
    this(store, new PhotoProcessor(PhotoLimits.from(System.getenv())), Clock.systemUTC());
  }

  public EvidencePhotos(PhotoStore store, PhotoProcessor processor, InstantSource clock) {
    this.store = Objects.requireNonNull(store);
    this.processor = Objects.requireNonNull(processor);
    this.clock = Objects.requireNonNull(clock);
  }

  public PhotoLimits limits() {
    return processor.limits();
  }

  /** The refusal of an upload over the byte limit, for callers that stop reading at the limit. */
  public PhotoRefusedException tooLarge() {
    return processor.tooManyBytes();
  }

  /**
   * Processes and stores a photo for review. An agency key may submit for complaints that are with
   * its agency now (a routing not ended); an operator key for any complaint; a reader key never.
   *
   * @throws NotFoundException when no complaint has this reference
   * @throws NotPermittedException when the key may not submit for this complaint
   * @throws PhotoRefusedException when the upload is not an acceptable image
   */
  public SubmittedPhoto submit(String reference, PhotoRole role, ApiKey submitter, byte[] upload) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(submitter, "submitter");
    if (submitter.kind() == KeyKind.READER) {
      throw new NotPermittedException("A reader key cannot submit photos.");
    }
    PhotoStore.ComplaintAccess complaint =
        store.complaint(reference).orElseThrow(() -> new NotFoundException("complaint", reference));
    if (submitter.kind() == KeyKind.AGENCY && !complaint.agencies().contains(submitter.agency())) {
      throw new NotPermittedException(
          "Complaint " + reference + " is not routed to " + submitter.agency().value() + ".");
    }
    ProcessedPhoto photo = processor.process(upload);
    // A retried upload (same image, same complaint and role) is the photo already stored: encoding
    // is deterministic, so the hash of what we keep identifies it.
    java.util.Optional<PhotoStore.StoredPhoto> same =
        store.same(complaint.complaintId(), role, photo.sha256());
    if (same.isPresent()) {
      PhotoStore.StoredPhoto p = same.get();
      return new SubmittedPhoto(p.id(), role, p.status(), p.width(), p.height(), false);
    }
    long id =
        store.add(
            complaint.complaintId(),
            new ComplaintReference(reference),
            role,
            photo,
            submitter,
            clock.instant());
    return new SubmittedPhoto(id, role, PhotoStatus.PENDING, photo.width(), photo.height(), true);
  }

  /**
   * The approved photos of a public complaint.
   *
   * @throws NotFoundException when no public complaint has this reference
   */
  public List<PhotoStore.StoredPhoto> published(String reference) {
    PhotoStore.ComplaintAccess complaint =
        store
            .complaint(reference)
            .filter(PhotoStore.ComplaintAccess::isPublic)
            .orElseThrow(() -> new NotFoundException("complaint", reference));
    return store.approved(complaint.complaintId());
  }

  /**
   * An approved photo's image for the public.
   *
   * @throws NotFoundException when the photo is unknown, not approved, or its complaint not public
   */
  public PhotoStore.PhotoImage publishedImage(long id, PhotoSize size) {
    return store
        .find(id)
        .filter(p -> p.status() == PhotoStatus.APPROVED)
        .filter(
            p ->
                store
                    .complaint(p.complaintReference())
                    .map(PhotoStore.ComplaintAccess::isPublic)
                    .orElse(false))
        .flatMap(p -> store.image(id, size))
        .orElseThrow(() -> new NotFoundException("photo", Long.toString(id)));
  }

  /**
   * The photo that shows each complaint fixed: its first approved after photo, by reference, for
   * complaints the caller already knows to be published (Open311's {@code media_url}).
   */
  public java.util.Map<String, Long> resolutionPhotos(java.util.Collection<String> references) {
    return references.isEmpty() ? java.util.Map.of() : store.firstApprovedAfter(references);
  }

  /** Photos waiting for an operator's decision, oldest first. */
  public List<PhotoStore.StoredPhoto> pending() {
    return store.pending();
  }

  /** A photo in any status, for the operator's review. */
  public PhotoStore.StoredPhoto show(long id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("photo", Long.toString(id)));
  }

  /** A photo's web-size image in any status, for the operator's review. */
  public PhotoStore.PhotoImage reviewImage(long id) {
    return store
        .image(id, PhotoSize.WEB)
        .orElseThrow(() -> new NotFoundException("photo", Long.toString(id)));
  }

  public void approve(long id, String by) {
    decide(id, PhotoStatus.APPROVED, by);
  }

  public void reject(long id, String by) {
    decide(id, PhotoStatus.REJECTED, by);
  }

  private void decide(long id, PhotoStatus status, String by) {
    if (!store.decide(id, status, by, clock.instant())) {
      throw new NotFoundException("photo", Long.toString(id));
    }
  }
}
