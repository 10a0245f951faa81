package id.aduanterbuka.evidence;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where photos are kept (the database, backed up with it), and what they need to know of a
 * complaint.
 */
public interface PhotoStore {
  /**
   * What decides who may add photos to a complaint and whether its photos may be shown.
   *
   * @param agencies the agencies the complaint is with now (routings not ended): only their keys
   *     may add photos
   * @param published whether the complaint's redacted text is published
   */
  record ComplaintAccess(
      long complaintId, ComplaintStatus status, boolean published, Set<AgencyCode> agencies) {
    public boolean isPublic() {
      return published && status.isPublic();
    }
  }

  /** A photo as stored, without its bytes. */
  record StoredPhoto(
      long id,
      String complaintReference,
      PhotoRole role,
      PhotoStatus status,
      int width,
      int height,
      String sha256,
      String submittedBy,
      Instant submittedAt,
      String reviewedBy,
      Instant reviewedAt) {}

  /** One rendition's bytes (always JPEG) and its validator. */
  record PhotoImage(byte[] bytes, String sha256) {}

  Optional<ComplaintAccess> complaint(String reference);

  /** The photo of this complaint and role with these processed bytes (by SHA-256), if any. */
  Optional<StoredPhoto> same(long complaintId, PhotoRole role, String sha256);

  /**
   * Stores a new {@link PhotoStatus#PENDING} photo and, in the same transaction, its line in the
   * intake audit log; returns its id.
   */
  long add(
      long complaintId,
      ComplaintReference reference,
      PhotoRole role,
      ProcessedPhoto photo,
      ApiKey submitter,
      Instant at);

  /** The approved photos of a complaint, before ones first, then in order of submission. */
  List<StoredPhoto> approved(long complaintId);

  /**
   * The first approved {@link PhotoRole#AFTER} photo of each of these complaints that has one, by
   * complaint reference.
   */
  java.util.Map<String, Long> firstApprovedAfter(java.util.Collection<String> references);

  /** Photos waiting for review, oldest first. */
  List<StoredPhoto> pending();

  Optional<StoredPhoto> find(long id);

  /** One rendition of a photo in any status; callers decide what may be shown. */
  Optional<PhotoImage> image(long id, PhotoSize size);

  /** Records a review decision; false when no such photo exists. */
  boolean decide(long id, PhotoStatus status, String by, Instant at);
}
