package id.aduanterbuka.web.mpp;

import id.aduanterbuka.mpp.MppView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One MPP as the pages show it (bean getters: Jakarta EL does not read record components). */
public class MppCard {
  private final MppView view;
  private final List<String> hours;

  MppCard(MppView view, Locale locale) {
    this.view = view;
    this.hours = WeeklyHours.lines(view.openingHours(), locale);
  }

  public String getCode() {
    return view.code();
  }

  public String getName() {
    return view.name();
  }

  public String getRegencyCode() {
    return view.regencyCode().value();
  }

  public String getRegencyName() {
    return view.regencyName();
  }

  public String getAddress() {
    return view.address();
  }

  public LocalDate getOpenedOn() {
    return view.openedOn();
  }

  public List<String> getHours() {
    return hours;
  }

  public List<String> getAgencies() {
    return view.tenants().stream().map(MppView.Tenant::name).toList();
  }

  public int getAgencyCount() {
    return view.tenants().size();
  }

  public long getServiceCount() {
    return view.serviceCount();
  }
}
