package id.aduanterbuka.api.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hands each API request's remote address to the JAX-RS filters as a request attribute (JAX-RS
 * request properties are the servlet request's attributes). The rate limit reads it there: an
 * injected {@code HttpServletRequest} proxy in an application-scoped filter cost a twentieth of a
 * conditional request's CPU time (JFR, docs/benchmarks.md).
 *
 * <p>It also runs on the forward from the {@code /open311/*} alias: without it those requests had
 * no address, and every anonymous client of the alias shared one bucket apart from its own IP's
 * (docs/security.md, API4).
 */
@WebFilter(
    urlPatterns = "/api/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD},
    asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {
  /** The attribute, a {@code String}: the TCP peer's address. */
  public static final String ADDRESS = "id.aduanterbuka.client-address";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(ADDRESS, request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
