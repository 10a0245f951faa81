package id.aduanterbuka.publicdata;

import java.util.Collection;
import java.util.List;
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
  List<ComplaintSummary> recentlyResolved(ComplaintFilter filter, int limit);

  /**
   * Up to {@code limit} complaints matching {@code filter} after skipping {@code offset}, newest
   * first in a stable order (receipt time, then internal order, both descending). Notes are as
   * stored: the application service redacts them.
   */
  List<ComplaintRecord> page(ComplaintFilter filter, long offset, int limit);

  /**
   * The published complaints among {@code references}, newest first as {@link #page}; references
   * that match no published complaint are left out. Notes are as stored.
   */
  List<ComplaintRecord> findAll(Collection<String> references);

  /**
   * Every published complaint, oldest first, one at a time in constant memory: the full redacted
   * text, no timeline (the summary carries its first response and resolution times).
   */
  void streamAll(Consumer<ComplaintDetail> sink);
}
