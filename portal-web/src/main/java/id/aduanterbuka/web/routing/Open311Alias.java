package id.aduanterbuka.web.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Open311 clients look for {@code /open311/v2/requests.json}; the API serves it under {@code
 * /api/open311/v2/…}. A server-side forward (not a redirect) keeps the spec's URL working for
 * clients that do not follow redirects, and keeps the query string, method and headers as sent.
 */
@WebFilter(filterName = "open311-alias", urlPatterns = "/open311/*")
public class Open311Alias extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String API = "/api";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // The raw URI without the context root, still percent-encoded; the query string is kept by
    // the forward itself.
    String path = request.getRequestURI().substring(request.getContextPath().length());
    request.getRequestDispatcher(API + path).forward(request, response);
  }
}
