package id.aduanterbuka.privacy;

import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Restricted access to what citizens wrote, for the publication gate only: the review queue and
 * re-redaction. Implemented in the persistence module; no public read path may use it (enforced by
 * an architecture test).
 */
public interface RedactionStore {
  /** A stored original with the operator's latest decision on it, if any. */
  record StoredOriginal(
      long complaintId, String originalText, ReviewDecision decision, String editedText) {}

  /** The text and gate state to store for one complaint. */
  record GateUpdate(long complaintId, String publishedText, Publication publication, int version) {}

  /** A complaint waiting in the review queue. */
  record Pending(String reference, OffsetDateTime receivedAt, String category) {}

  /** Originals with complaint id above {@code afterId}, in id order, at most {@code limit}. */
  List<StoredOriginal> originalsAfter(long afterId, int limit);

  void update(List<GateUpdate> updates);

  Page<Pending> pending(PageRequest page);

  Optional<StoredOriginal> findByReference(String reference);

  /** Records a decision and applies its gate update in one transaction. */
  void decide(
      String reference,
      ReviewDecision decision,
      String editedText,
      String note,
      String decidedBy,
      GateUpdate update);
}
