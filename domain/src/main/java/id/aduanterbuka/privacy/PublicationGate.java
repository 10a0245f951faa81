package id.aduanterbuka.privacy;

import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Application service of the publication gate: the operator's review queue (approve, edit,
 * withhold) and re-running the redactor over every stored complaint. Operator decisions always win
 * over a re-run: a withheld text stays withheld, an edited text stays the operator's (redacted
 * again with the new rules), an approved text is published with the new redaction.
 */
public class PublicationGate {
  private static final int BATCH = 2_000;
  private final RedactionStore store;
  private final Redactor redactor;

  public PublicationGate(RedactionStore store, Redactor redactor) {
    this.store = Objects.requireNonNull(store);
    this.redactor = Objects.requireNonNull(redactor);
  }

  /** What a re-run did. */
  public record RerunSummary(long complaints, long published, long pendingReview, long withheld) {}

  /** One complaint as the reviewing operator sees it (restricted: operator tools only). */
  public record ReviewCase(
      String reference, String originalText, Redaction redaction, ReviewDecision decision) {}

  public Page<RedactionStore.Pending> pending(PageRequest page) {
    return store.pending(page);
  }

  public ReviewCase show(String reference) {
    RedactionStore.StoredOriginal original = find(reference);
    return new ReviewCase(
        reference,
        original.originalText(),
        redactor.redact(original.originalText()),
        original.decision());
  }

  public void approve(String reference, String by, String note) {
    decideOnRedaction(reference, ReviewDecision.APPROVED, by, note);
  }

  /** Publishes the operator's text — itself redacted, in case an identity was typed back in. */
  public Redaction edit(String reference, String text, String by, String note) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an edited text cannot be empty");
    }
    RedactionStore.StoredOriginal original = find(reference);
    Redaction redaction = redactor.redact(text);
    store.decide(
        reference,
        ReviewDecision.EDITED,
        redaction.redactedText(),
        note,
        by,
        update(original, redaction.redactedText(), ReviewDecision.EDITED));
    return redaction;
  }

  public void withhold(String reference, String by, String note) {
    decideOnRedaction(reference, ReviewDecision.WITHHELD, by, note);
  }

  /** Approve or withhold: the decision applies to the redaction of the stored original. */
  private void decideOnRedaction(
      String reference, ReviewDecision decision, String by, String note) {
    RedactionStore.StoredOriginal original = find(reference);
    Redaction redaction = redactor.redact(original.originalText());
    store.decide(
        reference, decision, null, note, by, update(original, redaction.redactedText(), decision));
  }

  /** Redacts every stored original again with the current rules, keeping operator decisions. */
  public RerunSummary rerun() {
    long after = 0;
    long total = 0;
    long published = 0;
    long pending = 0;
    long withheld = 0;
    while (true) {
      List<RedactionStore.StoredOriginal> batch = store.originalsAfter(after, BATCH);
      if (batch.isEmpty()) {
        return new RerunSummary(total, published, pending, withheld);
      }
      List<RedactionStore.GateUpdate> updates = new ArrayList<>(batch.size());
      for (RedactionStore.StoredOriginal original : batch) {
        RedactionStore.GateUpdate update = rerun(original);
        updates.add(update);
        switch (update.publication()) {
          case PUBLISHED -> published++;
          case PENDING_REVIEW -> pending++;
          case WITHHELD -> withheld++;
        }
        after = original.complaintId();
      }
      store.update(updates);
      total += batch.size();
    }
  }

  private RedactionStore.GateUpdate rerun(RedactionStore.StoredOriginal original) {
    if (original.decision() == ReviewDecision.EDITED) {
      return update(
          original, redactor.redact(original.editedText()).redactedText(), ReviewDecision.EDITED);
    }
    Redaction redaction = redactor.redact(original.originalText());
    if (original.decision() != null) {
      return update(original, redaction.redactedText(), original.decision());
    }
    return new RedactionStore.GateUpdate(
        original.complaintId(),
        redaction.redactedText(),
        Publication.after(redaction),
        Redactor.VERSION);
  }

  private static RedactionStore.GateUpdate update(
      RedactionStore.StoredOriginal original, String text, ReviewDecision decision) {
    return new RedactionStore.GateUpdate(
        original.complaintId(), text, decision.publication(), Redactor.VERSION);
  }

  private RedactionStore.StoredOriginal find(String reference) {
    return store
        .findByReference(reference)
        .orElseThrow(() -> new NotFoundException("complaint", reference));
  }
}
