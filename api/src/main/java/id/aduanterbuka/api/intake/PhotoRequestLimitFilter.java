package id.aduanterbuka.api.intake;

import id.aduanterbuka.evidence.PhotoRefusedException;
import id.aduanterbuka.intake.Intake;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps a multipart request with photos at {@link #cap(long) the most photos an event may carry, at
 * the largest size each, plus 1 MiB}: a declared {@code Content-Length} above it is a 413 before a
 * byte is read, and a body without one (chunked) is cut off with a 413 as soon as it passes it.
 * Multipart parsers spool large parts to disk, so without this a client could fill it.
 */
@Provider
@PhotoRequestLimit
public class PhotoRequestLimitFilter implements ContainerRequestFilter {
  /** Room for the event's JSON and the multipart framing, beside the photos. */
  static final long OVERHEAD = 1L << 20;

  private Intake intake;

  protected PhotoRequestLimitFilter() {}

  @Inject
  public PhotoRequestLimitFilter(Intake intake) {
    this.intake = intake;
  }

  /** The largest request body accepted, given the largest photo. */
  static long cap(long maxPhotoBytes) {
    return Intake.MAX_EVENT_PHOTOS * maxPhotoBytes + OVERHEAD;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long cap = cap(intake.photoLimits().maxBytes());
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        length = Long.MAX_VALUE;
      }
      if (length > cap) {
        throw tooLarge(cap);
      }
    }
    request.setEntityStream(new Capped(request.getEntityStream(), cap));
  }

  static PhotoRefusedException tooLarge(long cap) {
    return new PhotoRefusedException(
        PhotoRefusedException.Reason.TOO_LARGE,
        "The request is larger than "
            + (cap >> 20)
            + " MB: an event carries at most "
            + Intake.MAX_EVENT_PHOTOS
            + " photos; send further photos one by one with POST …/photos.");
  }

  /** Fails a read once more than {@code cap} bytes have come. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private long read;

    Capped(InputStream in, long cap) {
      super(in);
      this.cap = cap;
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
      if (read > cap) {
        throw tooLarge(cap);
      }
    }
  }
}
