package id.aduanterbuka.api.http;

import id.aduanterbuka.instance.DataVersion;
import id.aduanterbuka.instance.InstanceService;
import id.aduanterbuka.statistics.WorkingCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;

/**
 * Validators and caching for every successful GET: a weak {@code ETag} from the data version, the
 * day (WIB: ages in statistics move daily) and the request (URL, {@code Accept}, {@code
 * Accept-Language}); {@code Last-Modified}; {@code Cache-Control}. A matching {@code If-None-Match}
 * (or, without it, a recent enough {@code If-Modified-Since}) is answered {@code 304} before any
 * resource runs — a conditional request costs no query beyond the data version, which is itself
 * read at most once a second. Every other answer (errors, 429, answers to writes) is {@code
 * Cache-Control: no-store}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.HEADER_DECORATOR)
public class CachingFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String TAG = CachingFilter.class.getName() + ".tag";
  private static final String MODIFIED = CachingFilter.class.getName() + ".modified";

  /** Seconds a public response may be reused; exports longer. */
  static final int MAX_AGE = 60;

  static final int EXPORT_MAX_AGE = 3_600;

  /** What every other answer says: errors and answers to writes are not for reuse. */
  static final String NO_STORE = "no-store";

  private InstanceService instance;

  protected CachingFilter() {}

  @Inject
  public CachingFilter(InstanceService instance) {
    this.instance = instance;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
      return;
    }
    DataVersion version = instance.dataVersion();
    LocalDate today = LocalDate.now(WorkingCalendar.WIB);
    Instant dayStart = today.atStartOfDay(WorkingCalendar.WIB).toInstant();
    Instant modified = version.changedAt().isAfter(dayStart) ? version.changedAt() : dayStart;
    EntityTag tag =
        new EntityTag(
            version.version()
                + "-"
                + today
                + "-"
                + digest(
                    request.getUriInfo().getRequestUri().toString(),
                    request.getHeaderString(HttpHeaders.ACCEPT),
                    request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
            true);
    request.setProperty(TAG, tag);
    request.setProperty(MODIFIED, modified);
    Response.ResponseBuilder notModified =
        request.getRequest().evaluatePreconditions(Date.from(modified), tag);
    if (notModified != null) {
      request.abortWith(
          notModified
              .tag(tag)
              .lastModified(Date.from(modified))
              .header(HttpHeaders.CACHE_CONTROL, cacheControl(request))
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 200
        || !(request.getProperty(TAG) instanceof EntityTag tag)
        || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      // A resource that sets its own validator (a photo's content hash) keeps it and its caching.
      // Anything else we did not make cacheable (problems, 429, answers to writes) is never
      // stored: a 404 kept by a cache would hide a complaint once it is published.
      if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
      }
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    response
        .getHeaders()
        .putSingle(HttpHeaders.LAST_MODIFIED, Date.from((Instant) request.getProperty(MODIFIED)));
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
    response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Accept-Language");
  }

  private static String cacheControl(ContainerRequestContext request) {
    boolean export = request.getUriInfo().getPath().startsWith("v1/exports");
    return "public, max-age=" + (export ? EXPORT_MAX_AGE : MAX_AGE);
  }

  private static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
