package id.aduanterbuka.web.mpp;

import id.aduanterbuka.mpp.MppServiceView;
import java.util.Locale;
import java.util.ResourceBundle;

/** One catalogue service in a listing, with its fee and duration already in words. */
public class ServiceRow {
  private final MppServiceView view;
  private final String fee;
  private final String duration;

  ServiceRow(MppServiceView view, Locale locale, ResourceBundle texts) {
    this.view = view;
    this.fee = ServiceText.fee(view.feeRupiah(), view.free(), locale, texts);
    this.duration = ServiceText.duration(view.durationAmount(), view.durationUnit(), locale, texts);
  }

  public String getCode() {
    return view.code();
  }

  public String getName() {
    return view.name();
  }

  public String getAgencyCode() {
    return view.agencyCode().value();
  }

  public String getAgencyName() {
    return view.agencyName();
  }

  public String getFee() {
    return fee;
  }

  public boolean isFree() {
    return view.free();
  }

  public String getDuration() {
    return duration;
  }

  public String getOutput() {
    return view.output();
  }

  public boolean isOnline() {
    return view.onlineUrl() != null;
  }

  public String getOnlineUrl() {
    return view.onlineUrl();
  }
}
