package id.aduanterbuka.web.agencies;

import id.aduanterbuka.statistics.PublishedFigures;
import id.aduanterbuka.statistics.ResponseFigures;

/**
 * A group's figures as published ({@link PublishedFigures}: the same small-cell policy and rounding
 * as {@code /api/v1/.../statistics}), with getters for Jakarta EL. A suppressed group (1–9
 * complaints) has no numbers at all; a summary over fewer than 10 items is null.
 */
public final class Figures {
  private final PublishedFigures v;

  Figures(PublishedFigures v) {
    this.v = v;
  }

  static Figures of(ResponseFigures f) {
    return new Figures(PublishedFigures.of(f));
  }

  public boolean isSuppressed() {
    return v.suppressed();
  }

  public Long getReceived() {
    return v.received();
  }

  public Long getAnswered() {
    return v.answered();
  }

  public Long getResolved() {
    return v.resolved();
  }

  public Long getOpen() {
    return v.open();
  }

  public Long getFirstResponseN() {
    return v.firstResponse() == null ? null : v.firstResponse().n();
  }

  public Double getFirstResponseMedianDays() {
    return v.firstResponse() == null ? null : v.firstResponse().medianWorkingDays();
  }

  public Double getFirstResponseP90Days() {
    return v.firstResponse() == null ? null : v.firstResponse().p90WorkingDays();
  }

  public Double getFirstResponseMedianHours() {
    return v.firstResponse() == null ? null : v.firstResponse().medianHours();
  }

  public Double getFirstResponseP90Hours() {
    return v.firstResponse() == null ? null : v.firstResponse().p90Hours();
  }

  public Long getResolutionN() {
    return v.resolution() == null ? null : v.resolution().n();
  }

  public Double getResolutionMedianDays() {
    return v.resolution() == null ? null : v.resolution().medianWorkingDays();
  }

  public Double getResolutionP90Days() {
    return v.resolution() == null ? null : v.resolution().p90WorkingDays();
  }

  public Double getResolutionMedianHours() {
    return v.resolution() == null ? null : v.resolution().medianHours();
  }

  public Double getResolutionP90Hours() {
    return v.resolution() == null ? null : v.resolution().p90Hours();
  }

  public Double getSlaRate() {
    return v.sla() == null ? null : v.sla().rate();
  }

  public Long getSlaDecided() {
    return v.sla() == null ? null : v.sla().decided();
  }

  public Long getSlaMet() {
    return v.sla() == null ? null : v.sla().met();
  }

  public Double getSlaLower() {
    return v.sla() == null ? null : v.sla().lower();
  }

  public Double getSlaUpper() {
    return v.sla() == null ? null : v.sla().upper();
  }

  public Double getResolutionRate() {
    return v.resolutionRate();
  }

  public Double getSatisfaction() {
    return v.satisfaction() == null ? null : v.satisfaction().mean();
  }

  public Long getRated() {
    return v.satisfaction() == null ? null : v.satisfaction().n();
  }

  /** Open complaints aged 0-5, 6-14, 15-60 and over 60 working days, or null if suppressed. */
  public Long backlog(String bucket) {
    return v.backlog() == null ? null : v.backlog().get(bucket);
  }
}
