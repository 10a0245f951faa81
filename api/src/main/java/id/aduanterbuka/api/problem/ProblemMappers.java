package id.aduanterbuka.api.problem;

import id.aduanterbuka.intake.RuleViolationException;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.NotPermittedException;
import id.aduanterbuka.shared.Unavailability;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns exceptions into problem documents. Unexpected ones say nothing of our internals. */
public final class ProblemMappers {
  private ProblemMappers() {}

  static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** A parameter the domain rejected: 400 listing the field. */
  @Provider
  public static class InvalidValue implements ExceptionMapper<InvalidValueException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidValueException e) {
      return new Problem(
              "about:blank",
              "Invalid parameter",
              400,
              e.getMessage(),
              path(uri),
              List.of(new Problem.FieldError(e.field(), e.getMessage())))
          .toResponse();
    }
  }

  /** A key that may not make this write: 403. */
  @Provider
  public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(NotPermittedException e) {
      return new Problem("about:blank", "Forbidden", 403, e.getMessage(), path(uri), null)
          .toResponse();
    }
  }

  /** A well-formed write the complaint's state does not allow: 422 naming the field. */
  @Provider
  public static class RuleViolation implements ExceptionMapper<RuleViolationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(RuleViolationException e) {
      return new Problem(
              "about:blank",
              "Unprocessable Content",
              422,
              e.getMessage(),
              path(uri),
              List.of(new Problem.FieldError(e.field(), e.getMessage())))
          .toResponse();
    }
  }

  /** A public identifier that matches nothing: 404. */
  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(NotFoundException e) {
      return new Problem("about:blank", "Not found", 404, e.getMessage(), path(uri), null)
          .toResponse();
    }
  }

  /** JAX-RS's own errors (unknown path 404, 405, 406, 415…) keep their status. */
  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      return new Problem(
              "about:blank",
              status.getReasonPhrase(),
              status.getStatusCode(),
              status.getFamily() == Response.Status.Family.SERVER_ERROR
                  ? "The server could not answer this request."
                  : e.getMessage(),
              path(uri),
              null)
          .toResponse();
    }
  }

  /**
   * A request body in a charset we cannot decode ({@code Content-Type: application/json;
   * charset=ebcdic}): 415, not the 500 the JDK's exception would give.
   */
  @Provider
  public static class UnsupportedCharset implements ExceptionMapper<IllegalCharsetNameException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(IllegalCharsetNameException e) {
      return unsupportedCharset(uri);
    }
  }

  /** The same for a charset name that is well formed but unknown to the JDK. */
  @Provider
  public static class UnknownCharset implements ExceptionMapper<UnsupportedCharsetException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(UnsupportedCharsetException e) {
      return unsupportedCharset(uri);
    }
  }

  static Response unsupportedCharset(UriInfo uri) {
    return new Problem(
            "about:blank",
            "Unsupported Media Type",
            415,
            "The request body's charset is not supported; send UTF-8.",
            path(uri),
            null)
        .toResponse();
  }

  /**
   * Anything else is our fault: 500, logged, with no stack trace or internal detail — except a
   * database that cannot answer now ({@link Unavailability}): 503 with {@code Retry-After}.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    private static final Unavailability UNAVAILABILITY = Unavailability.detect();

    /** Seconds a client should wait: the pool re-validates its connections about this often. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Context UriInfo uri;

    @Override
    public Response toResponse(RuntimeException e) {
      String reason = UNAVAILABILITY.reason(e).orElse(null);
      if (reason != null) {
        LOG.warning(() -> "Database unavailable (" + reason + ") answering " + path(uri));
        return Response.fromResponse(
                new Problem(
                        "about:blank",
                        "Service Unavailable",
                        503,
                        "The database cannot be reached right now. Try again in a few seconds.",
                        path(uri),
                        null)
                    .toResponse())
            .header("Retry-After", RETRY_AFTER_SECONDS)
            .build();
      }
      LOG.log(Level.SEVERE, "Unexpected error answering " + path(uri), e);
      return new Problem(
              "about:blank",
              "Internal Server Error",
              500,
              "The server could not answer this request. It has been logged.",
              path(uri),
              null)
          .toResponse();
    }
  }
}
