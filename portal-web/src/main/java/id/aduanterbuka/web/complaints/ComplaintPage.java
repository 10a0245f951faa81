package id.aduanterbuka.web.complaints;

import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoStore;
import id.aduanterbuka.publicdata.ComplaintDetail;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Backing bean of {@code complaint.xhtml}: one published complaint by {@code ?ref=}, read with
 * {@link PublicComplaints#get} (redacted text, public timeline). An unknown reference answers 404
 * with a friendly page; the first thing the page renders (its title) reads the complaint, so the
 * status is set before any of the response is sent.
 */
@Named("complaintPage")
@RequestScoped
public class ComplaintPage {
  @Inject PublicComplaints complaints;
  @Inject EvidencePhotos evidence;
  @Inject LanguageSelector language;

  private boolean loaded;
  private ComplaintDetail detail;
  private ComplaintRow row;
  private List<Photo> photos;

  private ComplaintDetail detail() {
    if (!loaded) {
      loaded = true;
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      String ref = context.getRequestParameterMap().get("ref");
      if (ref != null && !ref.isBlank() && ref.strip().length() <= 20) {
        try {
          detail = complaints.get(ref.strip());
          row = new ComplaintRow(detail.summary(), language.isEnglish());
        } catch (NotFoundException | IllegalArgumentException notFound) {
          detail = null;
        }
      }
      if (detail == null) {
        context.setResponseStatus(404);
      }
    }
    return detail;
  }

  public boolean isFound() {
    return detail() != null;
  }

  /** The reference as asked for (to repeat it in the not-found message). */
  public String getAsked() {
    String ref =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ref");
    return ref == null ? "" : ref.strip();
  }

  public ComplaintRow getComplaint() {
    detail();
    return row;
  }

  /** The redacted text as published. */
  public String getText() {
    return detail() == null ? null : detail.text();
  }

  public Integer getSatisfaction() {
    return detail() == null ? null : detail.satisfaction();
  }

  public List<Step> getTimeline() {
    return detail() == null ? List.of() : detail.timeline().stream().map(Step::new).toList();
  }

  /** Approved before/after photos, before ones first; empty while none is approved. */
  public List<Photo> getPhotos() {
    if (photos == null) {
      photos =
          detail() == null
              ? List.of()
              : photos(
                  evidence.published(detail.summary().reference()), detail.summary().reference());
    }
    return photos;
  }

  static List<Photo> photos(List<PhotoStore.StoredPhoto> stored, String reference) {
    return stored.stream().map(p -> new Photo(p, reference)).toList();
  }

  /** Days from receipt to the first agency response, or null without one. */
  public Double getDaysToFirstResponse() {
    return detail() == null ? null : days(row.getReceivedAt(), row.getFirstResponseAt());
  }

  /** Days from receipt to resolution, or null while unresolved. */
  public Double getDaysToResolution() {
    return detail() == null ? null : days(row.getReceivedAt(), row.getResolvedAt());
  }

  static Double days(Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      return null;
    }
    return Duration.between(from, to).toMinutes() / (24.0 * 60);
  }

  /** One step of the public timeline. */
  public static final class Step {
    private final ComplaintDetail.TimelineEntry entry;

    Step(ComplaintDetail.TimelineEntry entry) {
      this.entry = entry;
    }

    public String getType() {
      return entry.type();
    }

    public Instant getAt() {
      return entry.at();
    }

    public String getAgencyCode() {
      return entry.agencyCode();
    }

    public String getAgency() {
      return entry.agencyName();
    }

    /** The note the agency or admin published, redacted. */
    public String getNote() {
      return entry.note();
    }
  }

  /** One approved photo: where its image and thumbnail are, and what it shows. */
  public static final class Photo {
    private final PhotoStore.StoredPhoto photo;
    private final String reference;

    Photo(PhotoStore.StoredPhoto photo, String reference) {
      this.photo = photo;
      this.reference = reference;
    }

    public long getId() {
      return photo.id();
    }

    public boolean isBefore() {
      return photo.role() == PhotoRole.BEFORE;
    }

    public String getRole() {
      return photo.role().name();
    }

    public String getReference() {
      return reference;
    }

    /** Path of the web size under the context root. */
    public String getSrc() {
      return "/api/v1/photos/" + photo.id() + ".jpg";
    }

    public String getThumbnail() {
      return getSrc() + "?size=thumb";
    }

    public int getWidth() {
      return photo.width();
    }

    public int getHeight() {
      return photo.height();
    }
  }
}
