package id.aduanterbuka.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The complaint as the citizen wrote it, with who they are. Restricted: it lives in its own table,
 * no public read path maps or joins it, and only intake and the redaction review may touch it.
 * {@link Complaint} deliberately has no association to it.
 */
@Entity
@Table(name = "complaint_original")
public class RestrictedComplaintText {
  @Id
  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "original_text", nullable = false)
  private String originalText;

  @Column(name = "reporter_name", length = 200)
  private String reporterName;

  @Column(name = "reporter_contact", length = 200)
  private String reporterContact;

  protected RestrictedComplaintText() {}

  public RestrictedComplaintText(
      Long complaintId, String originalText, String reporterName, String reporterContact) {
    this.complaintId = Objects.requireNonNull(complaintId, "complaintId");
    if (originalText == null || originalText.isBlank()) {
      throw new IllegalArgumentException("the original text of a complaint cannot be empty");
    }
    this.originalText = originalText;
    this.reporterName = reporterName;
    this.reporterContact = reporterContact;
  }

  public Long complaintId() {
    return complaintId;
  }

  public String originalText() {
    return originalText;
  }

  public String reporterName() {
    return reporterName;
  }

  public String reporterContact() {
    return reporterContact;
  }
}
