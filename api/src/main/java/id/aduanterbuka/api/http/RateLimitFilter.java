package id.aduanterbuka.api.http;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the client is, and its rate limit, on every API request. A client that presents an API key
 * ({@code X-API-Key}, or {@code Authorization: Bearer}) is that key: its own bucket and limit, and
 * the key as the request's {@link SecurityContext} principal (role: its {@link
 * id.aduanterbuka.access.KeyKind}) and {@link #API_KEY} property. A key we do not accept gets a
 * {@code 401} — never the anonymous limit, so its holder learns the key is wrong — charged to the
 * IP's bucket. Anyone else is their IP address (the first {@code X-Forwarded-For} hop when {@code
 * aduan.api.trust-forwarded-for} is on, behind a proxy we run).
 *
 * <p>A node that runs alone keeps its buckets in memory ({@link RateLimiter}); the nodes of a
 * cluster ({@code aduan.cluster.enabled}) share them through the data grid ({@link
 * SharedRateLimiter}), so a client cannot multiply its limit by the number of nodes.
 *
 * <p>Every response carries {@code RateLimit-Limit}, {@code -Remaining} and {@code -Reset}; an
 * empty bucket gets {@code 429} with {@code Retry-After}. Keys never appear in a response or log.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
  /** The request property holding the authenticated {@link ApiKey}, absent for anonymous ones. */
  public static final String API_KEY = ApiKey.class.getName();

  static final String KEY_HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";
  private static final String DECISION = RateLimitFilter.class.getName();

  private RateLimit perClient;
  private RateLimit perKey;
  private ApiKeys keys;
  private boolean trustForwardedFor;

  protected RateLimitFilter() {}

  @Inject
  public RateLimitFilter(
      ApiKeys keys,
      @ConfigProperty(name = "aduan.api.rate-limit.per-minute", defaultValue = "600") int perMinute,
      @ConfigProperty(name = "aduan.api.rate-limit.key-per-minute", defaultValue = "3000")
          int keyPerMinute,
      @ConfigProperty(name = "aduan.api.trust-forwarded-for", defaultValue = "false")
          boolean trustForwardedFor,
      @ConfigProperty(name = "aduan.cluster.enabled", defaultValue = "false") boolean clustered,
      Instance<CacheManager> caches) {
    this(
        limit(clustered, caches, "ip:", perMinute),
        limit(clustered, caches, "key:", keyPerMinute),
        keys,
        trustForwardedFor);
  }

  /** In this node's memory when it runs alone; in the data grid when it is one of a cluster. */
  private static RateLimit limit(
      boolean clustered, Instance<CacheManager> caches, String prefix, int perMinute) {
    return clustered
        ? new SharedRateLimiter(
            SharedRateLimiter.bucketCache(caches.get()),
            prefix,
            perMinute,
            System::currentTimeMillis)
        : new RateLimiter(perMinute, System::nanoTime);
  }

  /**
   * @param perClient buckets of anonymous clients, by IP address
   * @param perKey buckets of API keys, by key prefix
   */
  public RateLimitFilter(
      RateLimit perClient, RateLimit perKey, ApiKeys keys, boolean trustForwardedFor) {
    this.perClient = perClient;
    this.perKey = perKey;
    this.keys = keys;
    this.trustForwardedFor = trustForwardedFor;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String presented = presentedKey(request);
    Optional<ApiKey> key = presented == null ? Optional.empty() : keys.authenticate(presented);
    RateLimit.Decision decision =
        key.isPresent() ? perKey.acquire(key.get().prefix()) : perClient.acquire(client(request));
    request.setProperty(DECISION, decision);
    if (!decision.allowed()) {
      abort(request, decision, tooMany(request, decision, key.isPresent()));
    } else if (presented != null && key.isEmpty()) {
      abort(request, decision, unauthorized(request));
    } else if (key.isPresent()) {
      request.setProperty(API_KEY, key.get());
      SecurityContext current = request.getSecurityContext();
      request.setSecurityContext(
          new KeySecurityContext(key.get(), current != null && current.isSecure()));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimit.Decision d
        && !response.getHeaders().containsKey("RateLimit-Limit")) {
      response.getHeaders().putSingle("RateLimit-Limit", d.limit());
      response.getHeaders().putSingle("RateLimit-Remaining", d.remaining());
      response.getHeaders().putSingle("RateLimit-Reset", d.resetSeconds());
    }
  }

  /**
   * The key the client means to use, as sent: {@code X-API-Key} first, else a bearer token. Present
   * but empty counts (a script whose variable was unset should hear that its key is missing).
   */
  static String presentedKey(ContainerRequestContext request) {
    String header = request.getHeaderString(KEY_HEADER);
    if (header != null) {
      return header.strip();
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null) {
      return null;
    }
    String credentials = authorization.strip() + " ";
    return credentials.regionMatches(true, 0, BEARER, 0, BEARER.length())
        ? credentials.substring(BEARER.length()).strip()
        : null;
  }

  private static void abort(
      ContainerRequestContext request, RateLimit.Decision d, Response.ResponseBuilder response) {
    request.abortWith(
        response
            .header("RateLimit-Limit", d.limit())
            .header("RateLimit-Remaining", d.remaining())
            .header("RateLimit-Reset", d.resetSeconds())
            .build());
  }

  private static Response.ResponseBuilder tooMany(
      ContainerRequestContext request, RateLimit.Decision decision, boolean keyed) {
    return Response.status(429)
        .type(Problem.PROBLEM_JSON)
        .header("Retry-After", decision.retryAfterSeconds())
        .entity(
            new Problem(
                "about:blank",
                "Too Many Requests",
                429,
                (keyed ? "This API key" : "This client")
                    + " made more than "
                    + decision.limit()
                    + " requests in a minute. Retry after "
                    + decision.retryAfterSeconds()
                    + " s; bulk downloads (/api/v1/exports) need only one request.",
                path(request),
                null));
  }

  private static Response.ResponseBuilder unauthorized(ContainerRequestContext request) {
    return Response.status(401)
        .type(Problem.PROBLEM_JSON)
        .header(
            HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aduan-terbuka\", error=\"invalid_token\"")
        .entity(
            new Problem(
                "about:blank",
                "Unauthorized",
                401,
                "The API key sent in "
                    + KEY_HEADER
                    + " or Authorization is not valid: unknown, revoked or not of the form"
                    + " at_<prefix>_<secret>. Send the key exactly as issued, ask the instance's"
                    + " operator for a new one, or send no key to read anonymously at the lower"
                    + " rate limit.",
                path(request),
                null));
  }

  private static String path(ContainerRequestContext request) {
    return request.getUriInfo().getRequestUri().getRawPath();
  }

  private String client(ContainerRequestContext request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeaderString("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",")[0].strip();
      }
    }
    // set by ClientAddressFilter; absent outside a servlet container (tests)
    return request.getProperty(ClientAddressFilter.ADDRESS) instanceof String address
        ? address
        : "unknown";
  }
}
