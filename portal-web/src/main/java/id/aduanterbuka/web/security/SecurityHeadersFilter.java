package id.aduanterbuka.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response: a Content Security Policy that allows only our own scripts,
 * styles and images (no inline script; the portal has no script at all, the API reference loads its
 * own files), {@code X-Content-Type-Options}, {@code Referrer-Policy}, no framing, and HSTS when
 * the request came over TLS — directly, or through a reverse proxy that says so in {@code
 * X-Forwarded-Proto} (only when {@code aduan.trust-forwarded-proto} is on, as for a proxy we run).
 *
 * <p>Also on forwards: the container may run the {@code /open311/*} alias (a forward) before this
 * filter, and the alias never passes the request on, so without it those answers had no headers.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI sets styles from its script; still no inline or foreign script. */
  static final String API_DOCS_CSP =
      CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static final String HSTS = "max-age=31536000; includeSubDomains";

  private boolean trustForwardedProto;

  @Override
  public void init() {
    trustForwardedProto =
        ConfigProvider.getConfig()
            .getOptionalValue("aduan.trust-forwarded-proto", Boolean.class)
            .orElse(false);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader(
        "Content-Security-Policy", path.startsWith("/api-docs/") ? API_DOCS_CSP : CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure()
        || (trustForwardedProto
            && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")))) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
