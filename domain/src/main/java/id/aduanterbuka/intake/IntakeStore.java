package id.aduanterbuka.intake;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.ProcessedPhoto;
import id.aduanterbuka.evidence.SubmittedPhoto;
import id.aduanterbuka.privacy.Publication;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Where intake writes go: one transaction per write, guarded by its idempotency claim. */
public interface IntakeStore {
  /**
   * Runs {@code work} in one transaction. With a claim, the first request under its key writes and
   * its receipt is kept; a later one with the same hash gets that receipt {@link
   * IntakeReceipt#asReplay() as a replay} without running {@code work}, and one with another hash a
   * {@link RuleViolationException} on {@code Idempotency-Key}. Concurrent requests under one key
   * wait for each other. After the commit the statistics of the complaints written are refreshed.
   *
   * <p>A record older than the claim's {@code liveSince} is expired: it is never answered from, and
   * the key counts as unused.
   *
   * @param claim null for a write without an idempotency key
   */
  IntakeReceipt write(Claim claim, Function<Transaction, IntakeReceipt> work);

  /** Deletes the idempotency records made before {@code cutoff}; returns how many. */
  int forgetClaimsBefore(Instant cutoff);

  /**
   * A request's idempotency key, scoped to the API key that sent it, and the request's hash.
   *
   * @param at when the request arrived: the record's time
   * @param liveSince records made before this are expired
   */
  record Claim(
      String keyPrefix, String idempotencyKey, byte[] requestHash, Instant at, Instant liveSince) {}

  /** A complaint as the next event needs to see it, locked until the transaction ends. */
  record ComplaintState(
      long id,
      ComplaintReference reference,
      ComplaintStatus status,
      Publication publication,
      OffsetDateTime lastEventAt,
      int lastSequence,
      Set<AgencyCode> currentAgencies) {}

  /** A complaint found by its source system and id, and the receipt a resubmission gets. */
  record SourcedComplaint(long id, IntakeReceipt receipt) {}

  /** A new complaint row; its text is the redacted one. */
  record NewComplaint(
      long id,
      ComplaintReference reference,
      IntakeChannel channel,
      long categoryId,
      String regionCode,
      OffsetDateTime receivedAt,
      ComplaintStatus status,
      String publishedText,
      Publication publication,
      int redactionVersion,
      String sourceSystem,
      String sourceId) {}

  /** The operations of one intake transaction. */
  interface Transaction {
    Optional<Long> categoryId(String code);

    boolean regionExists(String code);

    Optional<Long> agencyId(AgencyCode code);

    long nextComplaintId();

    void insertComplaint(NewComplaint complaint);

    /** The restricted original text and reporter identity. */
    void insertOriginal(long complaintId, String text, String reporterName, String contact);

    Optional<ComplaintState> lockComplaint(ComplaintReference reference);

    /**
     * The complaint stored under this source system and id, as an {@link IntakeReceipt#existing()
     * existing} receipt. Holds a lock on the pair until the transaction ends, so a concurrent
     * submission of the same pair waits and then finds this one's complaint.
     */
    Optional<SourcedComplaint> lockSource(String sourceSystem, String sourceId);

    /** The photo of this complaint and role with these processed bytes, if already stored. */
    Optional<SubmittedPhoto> samePhoto(long complaintId, PhotoRole role, String sha256);

    /** Stores a new pending photo and its audit line; returns its id. */
    long addPhoto(
        long complaintId,
        ComplaintReference reference,
        PhotoRole role,
        ProcessedPhoto photo,
        ApiKey who,
        Instant at);

    void appendEvent(
        long complaintId,
        int sequence,
        EventType type,
        OffsetDateTime at,
        Long agencyId,
        String note);

    /** Adds a routing to {@code agencyId}; the complaint keeps the agencies it is with. */
    void route(long complaintId, long agencyId, OffsetDateTime at);

    void setStatus(long complaintId, ComplaintStatus status, boolean clearSatisfaction);

    void audit(
        ApiKey who,
        String action,
        long complaintId,
        ComplaintReference reference,
        EventType eventType,
        String sourceSystem,
        String sourceId);
  }
}
