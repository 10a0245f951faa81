package id.aduanterbuka.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The read API is open to any web page: {@code Access-Control-Allow-Origin: *} (no cookies are ever
 * involved; an API key travels in a header a script sets), preflights (any OPTIONS) answered for
 * GET, and the caching and rate-limit headers exposed to scripts.
 */
@Provider
public class CorsFilter implements ContainerResponseFilter {
  static final String EXPOSED =
      "ETag, Last-Modified, Link, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset,"
          + " Retry-After, WWW-Authenticate";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("Access-Control-Allow-Origin", "*");
    headers.putSingle("Access-Control-Expose-Headers", EXPOSED);
    if ("OPTIONS".equals(request.getMethod())) {
      headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
      headers.putSingle(
          "Access-Control-Allow-Headers",
          "Accept, Accept-Language, If-None-Match, If-Modified-Since, X-API-Key, Authorization");
      headers.putSingle("Access-Control-Max-Age", "86400");
    }
  }
}
