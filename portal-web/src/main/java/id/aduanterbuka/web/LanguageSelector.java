package id.aduanterbuka.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Indonesian by default; English with {@code ?lang=en}. Kept in the URL (no session, no cookie) so
 * pages stay stateless and every URL — filters included — can be shared in either language.
 */
@Named("language")
@RequestScoped
public class LanguageSelector {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private static ExternalContext context() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public boolean isEnglish() {
    return "en".equals(context().getRequestParameterMap().get("lang"));
  }

  public Locale getLocale() {
    return isEnglish() ? Locale.UK : INDONESIAN;
  }

  public String getCode() {
    return isEnglish() ? "en" : "id";
  }

  /** What a link without other parameters appends: {@code ?lang=en} in English, else nothing. */
  public String getSuffix() {
    return isEnglish() ? "?lang=en" : "";
  }

  /**
   * What a link with parameters appends: {@code &lang=en} in English, else nothing. Pages write
   * {@code #{language.andLang}} ({@code and} is an EL operator, so {@code language.and} does not
   * parse; {@code language['and']} does).
   */
  public String getAndLang() {
    return isEnglish() ? "&lang=en" : "";
  }

  /** The same as {@link #getAndLang()}, for {@code #{language['and']}}. */
  public String getAnd() {
    return getAndLang();
  }

  /** This page with the same parameters in the other language. */
  public String getSwitchUrl() {
    return switchUrl(
        context().getRequestContextPath() + context().getRequestServletPath(),
        context().getRequestParameterValuesMap(),
        !isEnglish());
  }

  static String switchUrl(String path, Map<String, String[]> parameters, boolean toEnglish) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    parameters.forEach(
        (name, values) -> {
          if (!name.equals("lang")) {
            for (String v : values) {
              query.add(encode(name) + "=" + encode(v));
            }
          }
        });
    if (toEnglish) {
      query.add("lang=en");
    }
    String target = path.endsWith("/index.xhtml") ? path.substring(0, path.length() - 11) : path;
    return target + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
