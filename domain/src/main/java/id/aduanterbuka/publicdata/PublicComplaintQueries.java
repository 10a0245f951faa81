package id.aduanterbuka.publicdata;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read model behind {@link PublicComplaints}, implemented with SQL in the persistence module. It
 * returns only complaints in a public status whose text is published, and never reads the
 * restricted original.
 */
public interface PublicComplaintQueries {
  /** Up to {@code limit} complaints after {@code cursor} (null: from the start). */
  Slice<ComplaintSummary> search(
      ComplaintFilter filter, ComplaintSort sort, ComplaintCursor cursor, int limit);

  Optional<ComplaintDetail> find(String reference);

  /** The {@code limit} complaints matching {@code filter} most recently resolved, latest first. */
  java.util.List<ComplaintSummary> recentlyResolved(ComplaintFilter filter, int limit);

  /**
   * Every published complaint, oldest first, one at a time in constant memory: the full redacted
   * text, no timeline (the summary carries its first response and resolution times).
   */
  void streamAll(Consumer<ComplaintDetail> sink);
}
