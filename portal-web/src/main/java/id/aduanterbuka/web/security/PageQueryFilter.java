package id.aduanterbuka.web.security;

import id.aduanterbuka.api.http.QueryEncodingFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A page address whose query is not valid percent-encoded UTF-8 ({@code /complaints.xhtml?q=%ZZ})
 * gets a short 400 page. Left alone, the container drops the broken parameter — the page then shows
 * results without the filter the visitor asked for — and logs the parameter's value, so a search
 * text would reach the server log. The API ({@code /api/*}, and the {@code /open311/*} alias that
 * forwards there) answers the same mistake with its own problem document ({@link
 * QueryEncodingFilter}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageQueryFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="id"><head><meta charset="UTF-8"><title>400</title></head><body>
      <h1>Alamat tidak valid / Invalid address</h1>
      <p>Alamat halaman ini rusak (kode % yang salah). The address of this page is damaged
      (a broken % code).</p>
      <p><a href="/">Aduan Terbuka</a></p>
      </body></html>
      """;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")
        || path.startsWith("/open311/")
        || QueryEncodingFilter.invalidParameter(request.getQueryString()).isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    // This answer does not go down the chain, so it carries its own (stricter) headers.
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }
}
