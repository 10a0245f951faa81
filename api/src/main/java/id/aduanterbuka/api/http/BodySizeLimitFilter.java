package id.aduanterbuka.api.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Caps a text request body (JSON, form, XML, text) at {@link #MAX_BYTES}: a declared {@code
 * Content-Length} above it is a 413 problem before a byte is read, and a chunked body is cut off
 * with a 413 as soon as it passes it. The largest valid write, a complaint of {@code
 * ComplaintSubmission.MAX_TEXT} characters, is far below. Photo uploads (image types, multipart)
 * have their own, larger caps and are left alone. The container's own limit ({@code
 * max-post-size-bytes}, see docs/security.md) is a backstop above this one: it answers in HTML.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {
  /** 1 MiB. */
  public static final long MAX_BYTES = 1L << 20;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !isText(type)) {
      return;
    }
    BodyCap.apply(request, MAX_BYTES, BodySizeLimitFilter::tooLarge);
  }

  private static boolean isText(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return type.getType().equalsIgnoreCase("text")
        || subtype.equals("json")
        || subtype.endsWith("+json")
        || subtype.equals("xml")
        || subtype.endsWith("+xml")
        || subtype.equals("x-www-form-urlencoded");
  }

  static WebApplicationException tooLarge() {
    return new WebApplicationException(
        "The request body is larger than " + (MAX_BYTES >> 10) + " KiB.",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }
}
