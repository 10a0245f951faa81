package id.aduanterbuka.privacy;

import java.util.List;

/**
 * The result of redacting one text: the publishable text, what was removed (positions in the
 * original), and why a human should still look at it ({@link #residualRisks()}, empty when the text
 * can be published as is).
 */
public record Redaction(
    String redactedText, List<PiiEntity> entities, List<String> residualRisks, int version) {
  public Redaction {
    entities = List.copyOf(entities);
    residualRisks = List.copyOf(residualRisks);
  }

  public boolean hasResidualRisk() {
    return !residualRisks.isEmpty();
  }
}
