package id.aduanterbuka.web.mpp;

import id.aduanterbuka.mpp.MppCatalogue;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.mpp.MppServiceCode;
import id.aduanterbuka.mpp.MppServiceStandardView;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * Backing bean of {@code mpp-service.xhtml?code=…}: one service's standard. An unknown or malformed
 * code is a 404 with a friendly message.
 */
@Named("mppService")
@RequestScoped
public class MppServicePage {
  @Inject MppCatalogue catalogue;
  @Inject LanguageSelector language;

  private boolean loaded;
  private MppServiceStandardView standard;
  private ServiceRow row;
  private List<MppCard> mpps = List.of();

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    FacesContext faces = FacesContext.getCurrentInstance();
    String code = faces.getExternalContext().getRequestParameterMap().get("code");
    Locale locale = language.getLocale();
    try {
      standard = catalogue.service(MppServiceCode.of(code == null ? "" : code.strip()));
      row = new ServiceRow(standard.service(), locale, MppDirectoryPage.texts(faces));
      mpps =
          standard.service().mppCodes().stream()
              .map(c -> new MppCard(catalogue.mpp(MppCode.of(c)), locale))
              .toList();
    } catch (InvalidValueException | NotFoundException e) {
      standard = null;
      faces.getExternalContext().setResponseStatus(404);
    }
  }

  public String getTitle() {
    load();
    return standard == null
        ? MppDirectoryPage.texts(FacesContext.getCurrentInstance()).getString("service.notFound")
        : row.getName();
  }

  public boolean isFound() {
    load();
    return standard != null;
  }

  public ServiceRow getService() {
    load();
    return row;
  }

  public List<MppCard> getMpps() {
    load();
    return mpps;
  }

  public List<String> getRequirements() {
    load();
    return standard == null ? List.of() : standard.requirements();
  }

  public List<String> getProcedure() {
    load();
    return standard == null ? List.of() : standard.procedure();
  }

  public String getLegalBasis() {
    load();
    return standard == null ? null : standard.legalBasis();
  }
}
