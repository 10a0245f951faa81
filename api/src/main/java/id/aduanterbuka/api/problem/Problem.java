package id.aduanterbuka.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, with the offending fields for validation errors. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(description = "URI identifying the problem type", example = "about:blank") String type,
    @Schema(description = "Short summary of the problem type", example = "Invalid parameter")
        String title,
    @Schema(description = "HTTP status code", example = "400") int status,
    @Schema(description = "What went wrong in this request, and how to fix it") String detail,
    @Schema(description = "The request path") String instance,
    @Schema(description = "One entry per rejected input; present only for validation errors")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  /** One rejected input and why. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "size") String field,
      @Schema(example = "size must be between 1 and 100, was 500.") String message) {}

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }
}
