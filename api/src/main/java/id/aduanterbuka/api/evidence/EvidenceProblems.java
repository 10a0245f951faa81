package id.aduanterbuka.api.evidence;

import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.evidence.PhotoRefusedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Problem documents for refused photo uploads (413, 415); a key that may not submit is {@code
 * ProblemMappers.NotPermitted}'s 403.
 */
public final class EvidenceProblems {
  private EvidenceProblems() {}

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** 413 for too many bytes or pixels, 415 for anything but a decodable JPEG, PNG or WebP. */
  @Provider
  public static class Refused implements ExceptionMapper<PhotoRefusedException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(PhotoRefusedException e) {
      boolean tooLarge = e.reason() == PhotoRefusedException.Reason.TOO_LARGE;
      return new Problem(
              "about:blank",
              tooLarge ? "Content Too Large" : "Unsupported Media Type",
              tooLarge ? 413 : 415,
              e.getMessage(),
              path(uri),
              null)
          .toResponse();
    }
  }
}
