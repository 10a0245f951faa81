package id.aduanterbuka.intake;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.evidence.PhotoLimits;
import id.aduanterbuka.evidence.PhotoProcessor;
import id.aduanterbuka.evidence.PhotoRefusedException;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoStatus;
import id.aduanterbuka.evidence.PhotoUpload;
import id.aduanterbuka.evidence.ProcessedPhoto;
import id.aduanterbuka.evidence.SubmittedPhoto;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.privacy.Redaction;
import id.aduanterbuka.privacy.Redactor;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Application service behind the intake API. Every write is authorised by the caller's key (an
 * agency key writes only for its own agency, a reader key never), its text redacted on the way in
 * (the original kept in the restricted table, a flagged text held for review), its events checked
 * against the complaint's lifecycle, made idempotent by the caller's idempotency key, and audited.
 */
@ApplicationScoped
public class Intake {
  /** The instance's reference prefix, the one the demo data uses too. */
  public static final String REFERENCE_PREFIX = "ADU";

  public static final int MAX_IDEMPOTENCY_KEY = 200;

  /** What an agency may report itself: its answers and its work; the rest is the operator's. */
  public static final Set<EventType> AGENCY_EVENTS =
      EnumSet.of(EventType.RESPONDED, EventType.IN_PROGRESS, EventType.RESOLVED);

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  // Clocks of the systems that call us drift; a minute or two ahead is not an error.
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** How many photos one event request may carry. */
  public static final int MAX_EVENT_PHOTOS = 4;

  /** Environment variable: hours an idempotency record is kept and answered from. */
  public static final String IDEMPOTENCY_HOURS = "ADUAN_INTAKE_IDEMPOTENCY_HOURS";

  public static final Duration DEFAULT_IDEMPOTENCY_RETENTION = Duration.ofHours(48);

  private IntakeStore store;
  private Clock clock;
  private Duration idempotencyRetention;
  private PhotoProcessor photoProcessor;
  private final Redactor redactor = new Redactor();

  protected Intake() {}

  @Inject
  public Intake(IntakeStore store) {
    this(store, Clock.systemUTC());
  }

  public Intake(IntakeStore store, Clock clock) {
    this(
        store,
        clock,
        idempotencyRetention(System.getenv()),
        new PhotoProcessor(PhotoLimits.from(System.getenv())));
  }

  /**
   * @param idempotencyRetention how long a request's idempotency record is answered from; after
   *     that its key counts as unused and the record is deleted by {@link #forgetExpiredClaims()}
   */
  public Intake(
      IntakeStore store,
      Clock clock,
      Duration idempotencyRetention,
      PhotoProcessor photoProcessor) {
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    this.idempotencyRetention = Objects.requireNonNull(idempotencyRetention);
    this.photoProcessor = Objects.requireNonNull(photoProcessor);
    if (idempotencyRetention.isNegative() || idempotencyRetention.isZero()) {
      throw new IllegalArgumentException("the idempotency retention must be positive");
    }
  }

  /**
   * {@value #IDEMPOTENCY_HOURS} from {@code environment}, or {@link
   * #DEFAULT_IDEMPOTENCY_RETENTION}.
   */
  public static Duration idempotencyRetention(Map<String, String> environment) {
    String value = environment.get(IDEMPOTENCY_HOURS);
    if (value == null || value.isBlank()) {
      return DEFAULT_IDEMPOTENCY_RETENTION;
    }
    try {
      long hours = Long.parseLong(value.strip());
      if (hours < 1) {
        throw new NumberFormatException();
      }
      return Duration.ofHours(hours);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          IDEMPOTENCY_HOURS + " must be a whole number of hours ≥ 1, not '" + value + "'");
    }
  }

  /** The photo limits uploads are checked against. */
  public PhotoLimits photoLimits() {
    return photoProcessor.limits();
  }

  /**
   * Deletes the idempotency records older than the retention: their keys may be used again.
   *
   * @return how many were deleted
   */
  public int forgetExpiredClaims() {
    return store.forgetClaimsBefore(clock.instant().minus(idempotencyRetention));
  }

  /**
   * Receives a complaint: routed to {@code submission.agency()} (an agency key's own when absent),
   * otherwise left RECEIVED for the operator. A submission whose source system and id are already
   * stored writes nothing and gets that complaint's {@link IntakeReceipt#existing() existing}
   * receipt: a sending system can resend without creating a second complaint.
   *
   * @param idempotencyKey null when the caller sent none
   * @throws NotPermittedException for a reader key or another agency than the key's
   * @throws InvalidValueException for unknown codes or a time in the future
   */
  public IntakeReceipt submit(
      ApiKey caller, ComplaintSubmission submission, String idempotencyKey) {
    requireWriter(caller);
    AgencyCode agency = submission.agency();
    if (caller.kind() == KeyKind.AGENCY) {
      if (agency == null) {
        agency = caller.agency();
      } else if (!agency.equals(caller.agency())) {
        throw new NotPermittedException(
            "This key belongs to "
                + caller.agency()
                + "; it cannot submit complaints routed to "
                + agency
                + ".");
      }
    }
    OffsetDateTime receivedAt = notInFuture("receivedAt", submission.receivedAt());
    Redaction redaction = redactor.redact(submission.text());
    AgencyCode routeTo = agency;
    IntakeStore.Claim claim = claim(caller, idempotencyKey, "complaint", submission.canonical());
    return store.write(
        claim,
        tx -> {
          if (submission.hasSourceKey()) {
            Optional<IntakeStore.SourcedComplaint> known =
                tx.lockSource(submission.sourceSystem(), submission.sourceId());
            if (known.isPresent()) {
              IntakeReceipt existing = known.get().receipt();
              tx.audit(
                  caller,
                  "COMPLAINT_ALREADY_KNOWN",
                  known.get().id(),
                  existing.reference(),
                  null,
                  submission.sourceSystem(),
                  submission.sourceId());
              return existing;
            }
          }
          long categoryId =
              tx.categoryId(submission.category())
                  .orElseThrow(
                      () ->
                          new InvalidValueException(
                              "category", "unknown category '" + submission.category() + "'."));
          if (submission.region() != null && !tx.regionExists(submission.region())) {
            throw new InvalidValueException(
                "region", "unknown region code '" + submission.region() + "'.");
          }
          Long agencyId = routeTo == null ? null : knownAgency(tx, routeTo);
          long id = tx.nextComplaintId();
          ComplaintReference reference =
              ComplaintReference.of(
                  REFERENCE_PREFIX, receivedAt.atZoneSameInstant(WIB).getYear(), id);
          ComplaintStatus status =
              agencyId == null
                  ? ComplaintStatus.RECEIVED
                  : ComplaintStatus.RECEIVED.after(EventType.ROUTED);
          Publication publication = Publication.after(redaction);
          tx.insertComplaint(
              new IntakeStore.NewComplaint(
                  id,
                  reference,
                  submission.channel(),
                  categoryId,
                  submission.region(),
                  receivedAt,
                  status,
                  redaction.redactedText(),
                  publication,
                  redaction.version(),
                  submission.hasSourceKey() ? submission.sourceSystem() : null,
                  submission.sourceId()));
          tx.insertOriginal(
              id, submission.text(), submission.reporterName(), submission.reporterContact());
          tx.appendEvent(id, 1, EventType.RECEIVED, receivedAt, null, null);
          EventType last = EventType.RECEIVED;
          if (agencyId != null) {
            tx.route(id, agencyId, receivedAt);
            tx.appendEvent(id, 2, EventType.ROUTED, receivedAt, agencyId, null);
            last = EventType.ROUTED;
          }
          tx.audit(
              caller,
              "COMPLAINT_SUBMITTED",
              id,
              reference,
              last,
              submission.sourceSystem(),
              submission.sourceId());
          return new IntakeReceipt(
              reference, status, publication, agencyId == null ? 1 : 2, last, false, false);
        });
  }

  /**
   * Adds an event to a complaint's timeline.
   *
   * @throws NotFoundException when no complaint has {@code reference}
   * @throws NotPermittedException for a reader key, an agency key and a complaint not routed to its
   *     agency or an event only operators report
   * @throws RuleViolationException when the complaint's status or last event does not allow it
   */
  public IntakeReceipt addEvent(
      ApiKey caller, ComplaintReference reference, EventSubmission event, String idempotencyKey) {
    return addEvent(caller, reference, event, List.of(), idempotencyKey);
  }

  /**
   * Adds an event to a complaint's timeline together with before/after photos of it, in one
   * transaction: every photo is checked and re-encoded before anything is written, so a refused
   * photo leaves no event behind. The photos wait for an operator's review like any other.
   *
   * @param photos at most {@link #MAX_EVENT_PHOTOS}; empty for an event alone
   * @throws PhotoRefusedException when a photo is not an acceptable image; nothing is written
   * @see #addEvent(ApiKey, ComplaintReference, EventSubmission, String)
   */
  public IntakeReceipt addEvent(
      ApiKey caller,
      ComplaintReference reference,
      EventSubmission event,
      List<PhotoUpload> photos,
      String idempotencyKey) {
    requireWriter(caller);
    if (photos.size() > MAX_EVENT_PHOTOS) {
      throw new InvalidValueException(
          "photo",
          "an event carries at most "
              + MAX_EVENT_PHOTOS
              + " photos, was "
              + photos.size()
              + "; send more with POST …/photos.");
    }
    EventType type = event.type();
    AgencyCode agency = event.agency();
    if (caller.kind() == KeyKind.AGENCY) {
      if (!AGENCY_EVENTS.contains(type)) {
        throw new NotPermittedException(
            "An agency key reports RESPONDED, IN_PROGRESS and RESOLVED; "
                + type
                + " is for the instance's operator.");
      }
      if (agency == null) {
        agency = caller.agency();
      } else if (!agency.equals(caller.agency())) {
        throw new NotPermittedException(
            "This key belongs to " + caller.agency() + "; it cannot report for " + agency + ".");
      }
    }
    if (type.requiresAgency() && agency == null) {
      throw new InvalidValueException("agency", type + " needs the agency that acted.");
    }
    OffsetDateTime at = notInFuture("occurredAt", event.occurredAt());
    Redaction noteRedaction = event.note() == null ? null : redactor.redact(event.note());
    boolean noteWithheld = noteRedaction != null && noteRedaction.hasResidualRisk();
    String publicNote = noteRedaction == null || noteWithheld ? null : noteRedaction.redactedText();
    AgencyCode actor = agency;
    List<ProcessedPhoto> processed =
        photos.stream().map(p -> photoProcessor.process(p.bytes())).toList();
    StringBuilder request = new StringBuilder(event.canonical());
    for (int i = 0; i < photos.size(); i++) {
      request
          .append('\u0000')
          .append(photos.get(i).role())
          .append(':')
          .append(processed.get(i).sha256());
    }
    IntakeStore.Claim claim =
        claim(caller, idempotencyKey, "event " + reference, request.toString());
    return store.write(
        claim,
        tx -> {
          IntakeStore.ComplaintState state =
              tx.lockComplaint(reference)
                  .orElseThrow(() -> new NotFoundException("complaint", reference.value()));
          if (caller.kind() == KeyKind.AGENCY
              && !state.currentAgencies().contains(caller.agency())) {
            throw new NotPermittedException(
                reference + " is not routed to " + caller.agency() + ".");
          }
          Long agencyId = actor == null ? null : knownAgency(tx, actor);
          if (!state.status().allows(type)) {
            throw new RuleViolationException(
                "type",
                reference
                    + " is "
                    + state.status()
                    + " and cannot be "
                    + type
                    + " (allowed from "
                    + type.allowedFrom()
                    + ").");
          }
          if (at.isBefore(state.lastEventAt())) {
            throw new RuleViolationException(
                "occurredAt",
                "occurredAt "
                    + at
                    + " comes before the complaint's last event ("
                    + state.lastEventAt()
                    + ").");
          }
          if (type == EventType.ROUTED) {
            if (state.currentAgencies().contains(actor)) {
              throw new RuleViolationException(
                  "agency", reference + " is already with " + actor + ".");
            }
            tx.route(state.id(), agencyId, at);
          } else if (type.requiresAgency() && !state.currentAgencies().contains(actor)) {
            throw new RuleViolationException(
                "agency", reference + " is not with " + actor + ", so it cannot be " + type + ".");
          }
          int sequence = state.lastSequence() + 1;
          ComplaintStatus next = state.status().after(type);
          tx.appendEvent(state.id(), sequence, type, at, agencyId, publicNote);
          tx.setStatus(state.id(), next, type == EventType.REOPENED);
          tx.audit(caller, "EVENT_ADDED", state.id(), reference, type, null, null);
          List<SubmittedPhoto> stored = new ArrayList<>();
          for (int i = 0; i < photos.size(); i++) {
            PhotoRole role = photos.get(i).role();
            ProcessedPhoto photo = processed.get(i);
            // A photo already stored for this complaint and role (same re-encoded bytes) is that
            // photo, as for a retried POST …/photos.
            stored.add(
                tx.samePhoto(state.id(), role, photo.sha256())
                    .orElseGet(
                        () ->
                            new SubmittedPhoto(
                                tx.addPhoto(
                                    state.id(), reference, role, photo, caller, clock.instant()),
                                role,
                                PhotoStatus.PENDING,
                                photo.width(),
                                photo.height(),
                                true)));
          }
          return new IntakeReceipt(
              reference,
              next,
              state.publication(),
              sequence,
              type,
              noteWithheld,
              false,
              false,
              stored);
        });
  }

  private static long knownAgency(IntakeStore.Transaction tx, AgencyCode code) {
    return tx.agencyId(code)
        .orElseThrow(() -> new InvalidValueException("agency", "unknown agency '" + code + "'."));
  }

  private static void requireWriter(ApiKey caller) {
    Objects.requireNonNull(caller, "caller");
    if (caller.kind() == KeyKind.READER) {
      throw new NotPermittedException(
          "A reader key only reads; ask the instance's operator for an agency or operator key.");
    }
  }

  private OffsetDateTime notInFuture(String field, OffsetDateTime at) {
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidValueException(field, field + " " + at + " is in the future.");
    }
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  private IntakeStore.Claim claim(
      ApiKey caller, String idempotencyKey, String operation, String request) {
    if (idempotencyKey == null) {
      return null;
    }
    String key = idempotencyKey.strip();
    if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY) {
      throw new InvalidValueException(
          "Idempotency-Key",
          "Idempotency-Key is 1 to " + MAX_IDEMPOTENCY_KEY + " characters, e.g. a UUID.");
    }
    Instant now = clock.instant();
    return new IntakeStore.Claim(
        caller.prefix(),
        key,
        sha256(operation + "\n" + request),
        now,
        now.minus(idempotencyRetention));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
