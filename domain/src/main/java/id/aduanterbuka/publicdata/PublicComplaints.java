package id.aduanterbuka.publicdata;

import id.aduanterbuka.privacy.Redactor;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Application service for the public complaint list, search, detail and bulk export. Timeline notes
 * are written by agencies and admins for the public, but may still name someone or carry a number,
 * so they pass through the {@link Redactor} on the way out.
 */
@ApplicationScoped
public class PublicComplaints {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private PublicComplaintQueries queries;
  private Redactor redactor;

  protected PublicComplaints() {}

  @Inject
  public PublicComplaints(PublicComplaintQueries queries) {
    this.queries = Objects.requireNonNull(queries);
    this.redactor = new Redactor();
  }

  public Slice<ComplaintSummary> search(
      ComplaintFilter filter, ComplaintSort sort, String cursor, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException(
          "limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit + ".");
    }
    return queries.search(
        filter, sort, cursor == null ? null : ComplaintCursor.decode(cursor), limit);
  }

  public ComplaintDetail get(String reference) {
    ComplaintDetail detail =
        queries.find(reference).orElseThrow(() -> new NotFoundException("complaint", reference));
    List<ComplaintDetail.TimelineEntry> timeline =
        detail.timeline().stream()
            .map(
                e ->
                    new ComplaintDetail.TimelineEntry(
                        e.sequence(),
                        e.type(),
                        e.at(),
                        e.agencyCode(),
                        e.agencyName(),
                        redact(e.note())))
            .toList();
    return new ComplaintDetail(detail.summary(), detail.text(), detail.satisfaction(), timeline);
  }

  /**
   * Up to {@code limit} complaints matching {@code filter} after skipping {@code offset}, newest
   * first, each with its full text and latest note (redacted). Offsets count from the newest
   * complaint, so a complaint published while a client pages shifts the later pages by one.
   */
  public List<ComplaintRecord> page(ComplaintFilter filter, long offset, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException(
          "limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit + ".");
    }
    if (offset < 0) {
      throw new InvalidValueException("offset", "offset must not be negative, was " + offset + ".");
    }
    return queries.page(filter, offset, limit).stream().map(this::redacted).toList();
  }

  /**
   * The published complaints among at most {@link #MAX_LIMIT} {@code references}, newest first;
   * unknown and unpublished references are left out, as a search would.
   */
  public List<ComplaintRecord> records(Collection<String> references) {
    if (references.size() > MAX_LIMIT) {
      throw new InvalidValueException(
          "references",
          "at most " + MAX_LIMIT + " references at once, were " + references.size() + ".");
    }
    if (references.isEmpty()) {
      return List.of();
    }
    return queries.findAll(references).stream().map(this::redacted).toList();
  }

  /** One published complaint as a record; {@link NotFoundException} when none has the reference. */
  public ComplaintRecord record(String reference) {
    return records(List.of(reference)).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("complaint", reference));
  }

  private ComplaintRecord redacted(ComplaintRecord r) {
    return new ComplaintRecord(r.summary(), r.text(), r.updatedAt(), redact(r.latestNote()));
  }

  private String redact(String note) {
    return note == null ? null : redactor.redact(note).redactedText();
  }

  /** The latest {@code limit} complaints received that match (a feed of new complaints). */
  public List<ComplaintSummary> latest(ComplaintFilter filter, int limit) {
    return search(filter, ComplaintSort.NEWEST, null, limit).items();
  }

  /** The {@code limit} complaints matching {@code filter} most recently resolved. */
  public List<ComplaintSummary> recentlyResolved(ComplaintFilter filter, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
    }
    return queries.recentlyResolved(filter, limit);
  }

  /** Every published complaint, oldest first, handed to {@code sink} one by one. */
  public void export(Consumer<ComplaintDetail> sink) {
    queries.streamAll(sink);
  }
}
