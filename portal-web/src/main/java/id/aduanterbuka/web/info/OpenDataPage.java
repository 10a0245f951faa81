package id.aduanterbuka.web.info;

import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyFilter;
import id.aduanterbuka.agency.AgencyView;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.category.CategoryView;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing bean of {@code open-data.xhtml}: example URLs built from this request's own address (so
 * they work on every instance) with a real agency and category code for the feeds.
 */
@Named("openData")
@RequestScoped
public class OpenDataPage {
  /** Placeholders when the directories are empty: the page still explains the URL shapes. */
  static final String AGENCY_PLACEHOLDER = "DPU-3374";

  static final String CATEGORY_PLACEHOLDER = "jalan-rusak";

  @Inject AgencyDirectory agencies;
  @Inject CategoryDirectory categories;

  private String base;
  private String agency;
  private String category;

  /** {@code https://host[:port]/context}: scheme, host and port as the client addressed us. */
  public String getBase() {
    if (base == null) {
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      base =
          baseUrl(
              context.getRequestScheme(),
              context.getRequestServerName(),
              context.getRequestServerPort(),
              context.getRequestContextPath());
    }
    return base;
  }

  static String baseUrl(String scheme, String host, int port, String contextPath) {
    boolean defaultPort =
        port <= 0
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return scheme + "://" + h + (defaultPort ? "" : ":" + port) + contextPath;
  }

  public String getAgency() {
    if (agency == null) {
      List<AgencyView> first = agencies.list(AgencyFilter.all(), new PageRequest(1, 1)).items();
      agency = first.isEmpty() ? AGENCY_PLACEHOLDER : first.get(0).code().value();
    }
    return agency;
  }

  public String getCategory() {
    if (category == null) {
      List<CategoryView> first = categories.list(new PageRequest(1, 1)).items();
      category = first.isEmpty() ? CATEGORY_PLACEHOLDER : first.get(0).code();
    }
    return category;
  }
}
