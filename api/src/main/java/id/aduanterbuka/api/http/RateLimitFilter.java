package id.aduanterbuka.api.http;

import id.aduanterbuka.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-client rate limit on every API request: {@code RateLimit-Limit}, {@code -Remaining} and
 * {@code -Reset} headers on each response, and {@code 429} with {@code Retry-After} and a problem
 * document once the client's bucket is empty. A client is its IP address (the first {@code
 * X-Forwarded-For} hop when {@code aduan.api.trust-forwarded-for} is on, behind a proxy we run).
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String DECISION = RateLimitFilter.class.getName();

  private RateLimiter limiter;
  private boolean trustForwardedFor;

  @Context private HttpServletRequest servletRequest;

  protected RateLimitFilter() {}

  @Inject
  public RateLimitFilter(
      @ConfigProperty(name = "aduan.api.rate-limit.per-minute", defaultValue = "600") int perMinute,
      @ConfigProperty(name = "aduan.api.trust-forwarded-for", defaultValue = "false")
          boolean trustForwardedFor) {
    this(new RateLimiter(perMinute, System::nanoTime), trustForwardedFor);
  }

  public RateLimitFilter(RateLimiter limiter, boolean trustForwardedFor) {
    this.limiter = limiter;
    this.trustForwardedFor = trustForwardedFor;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    RateLimiter.Decision decision = limiter.acquire(client(request));
    request.setProperty(DECISION, decision);
    if (!decision.allowed()) {
      Response.ResponseBuilder tooMany =
          Response.status(429)
              .type(Problem.PROBLEM_JSON)
              .header("Retry-After", decision.retryAfterSeconds())
              .entity(
                  new Problem(
                      "about:blank",
                      "Too Many Requests",
                      429,
                      "This client made more than "
                          + decision.limit()
                          + " requests in a minute. Retry after "
                          + decision.retryAfterSeconds()
                          + " s; bulk downloads (/api/v1/exports) need only one request.",
                      request.getUriInfo().getRequestUri().getRawPath(),
                      null));
      headers(tooMany, decision);
      request.abortWith(tooMany.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimiter.Decision d
        && !response.getHeaders().containsKey("RateLimit-Limit")) {
      response.getHeaders().putSingle("RateLimit-Limit", d.limit());
      response.getHeaders().putSingle("RateLimit-Remaining", d.remaining());
      response.getHeaders().putSingle("RateLimit-Reset", d.resetSeconds());
    }
  }

  private static void headers(Response.ResponseBuilder r, RateLimiter.Decision d) {
    r.header("RateLimit-Limit", d.limit())
        .header("RateLimit-Remaining", d.remaining())
        .header("RateLimit-Reset", d.resetSeconds());
  }

  private String client(ContainerRequestContext request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeaderString("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",")[0].strip();
      }
    }
    try {
      return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    } catch (RuntimeException e) {
      return "unknown"; // no servlet request outside a servlet container (tests)
    }
  }
}
