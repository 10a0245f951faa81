package id.aduanterbuka.api.intake;

import id.aduanterbuka.api.http.BodyCap;
import id.aduanterbuka.evidence.PhotoRefusedException;
import id.aduanterbuka.intake.Intake;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

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
    BodyCap.apply(request, cap, () -> tooLarge(cap));
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
}
