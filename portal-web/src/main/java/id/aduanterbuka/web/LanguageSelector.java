package id.aduanterbuka.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Indonesian by default; English with {@code ?lang=en}. Kept in the URL (no session) so pages stay
 * stateless and shareable.
 */
@Named("language")
@RequestScoped
public class LanguageSelector {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  public Locale getLocale() {
    String lang =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
    return "en".equals(lang) ? Locale.UK : INDONESIAN;
  }

  public String getCode() {
    return getLocale().getLanguage().equals("en") ? "en" : "id";
  }
}
