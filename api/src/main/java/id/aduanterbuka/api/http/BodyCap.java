package id.aduanterbuka.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Caps a request body at a number of bytes: a declared {@code Content-Length} above the cap (or not
 * a number) fails before a byte is read, and a body without one (chunked) fails as soon as more
 * than the cap has been read. The caller says what the failure is (its status and wording).
 */
public final class BodyCap {
  private BodyCap() {}

  /**
   * Checks the declared length and replaces the entity stream by one that counts.
   *
   * @throws RuntimeException the one {@code tooLarge} supplies, when the declared length is over
   */
  public static void apply(
      ContainerRequestContext request, long cap, Supplier<? extends RuntimeException> tooLarge) {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        length = Long.MAX_VALUE;
      }
      if (length > cap) {
        throw tooLarge.get();
      }
    }
    request.setEntityStream(new Capped(request.getEntityStream(), cap, tooLarge));
  }

  /** Fails a read once more than {@code cap} bytes have come. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long read;

    Capped(InputStream in, long cap, Supplier<? extends RuntimeException> tooLarge) {
      super(in);
      this.cap = cap;
      this.tooLarge = tooLarge;
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
        throw tooLarge.get();
      }
    }
  }
}
