package id.aduanterbuka.api.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

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
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        length = Long.MAX_VALUE;
      }
      if (length > MAX_BYTES) {
        throw tooLarge();
      }
    }
    request.setEntityStream(new Capped(request.getEntityStream()));
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

  /** Fails a read once more than {@link #MAX_BYTES} bytes have come. */
  private static final class Capped extends FilterInputStream {
    private long read;

    Capped(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
