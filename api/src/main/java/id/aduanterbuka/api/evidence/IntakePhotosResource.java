package id.aduanterbuka.api.evidence;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.SubmittedPhoto;
import id.aduanterbuka.shared.NotPermittedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agencies' side of resolution evidence: a before/after photo per request, kept for review. */
@Path("v1/intake/complaints/{reference}/photos")
@RequestScoped
@Tag(name = "Intake", description = "Writing: for agencies' and operators' systems, with a key")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class IntakePhotosResource {
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String WEBP = "image/webp";

  private EvidencePhotos photos;

  @Context UriInfo uri;

  protected IntakePhotosResource() {}

  @Inject
  public IntakePhotosResource(EvidencePhotos photos) {
    this.photos = photos;
  }

  @POST
  @Consumes({JPEG, PNG, WEBP, MediaType.APPLICATION_OCTET_STREAM})
  @SecurityRequirement(name = AduanApi.API_KEY)
  @Operation(
      summary = "Submit a before/after photo of a complaint",
      description =
          "The image is the request body (JPEG, PNG or WebP; the type is read from the bytes, not"
              + " from Content-Type or a file name). Needs the key of an agency the complaint is"
              + " with now (a routing not ended), or an operator key. All metadata (EXIF, GPS, XMP, ICC, comments) is"
              + " stripped by re-encoding the pixels; the photo is resized to at most 1600 px and"
              + " a 400 px thumbnail, and published only after an operator approves it.")
  @RequestBody(
      description = "The image bytes, at most 10 MB and 40 megapixels by default",
      content = {
        @Content(
            mediaType = JPEG,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")),
        @Content(
            mediaType = PNG,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")),
        @Content(
            mediaType = WEBP,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))
      })
  @APIResponse(
      responseCode = "201",
      description = "Stored, waiting for review; Location is the photo's future public address",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PhotoReceipt.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "The same image was already submitted for this complaint and role (a retry): that"
              + " photo, with its current status; nothing new is stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PhotoReceipt.class)))
  @APIResponse(
      responseCode = "400",
      description = "The role is missing or not before/after",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "A reader key, or an agency the complaint is not with now",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No complaint has this reference",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "More bytes or megapixels than the instance accepts",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "415",
      description = "The content is not a JPEG, PNG or WebP image",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response submit(
      @PathParam("reference")
          @Parameter(description = "Complaint reference", example = "ADU-2024-000123")
          String reference,
      @QueryParam("role")
          @Parameter(
              description = "What the photo shows: before or after the fix",
              example = "after")
          String role,
      @Context SecurityContext security,
      InputStream body) {
    if (!(security.getUserPrincipal() instanceof ApiKey key)) {
      return Response.fromResponse(
              new Problem(
                      "about:blank",
                      "Unauthorized",
                      401,
                      "Submitting photos needs an agency or operator API key (X-API-Key or"
                          + " Authorization: Bearer).",
                      uri.getRequestUri().getRawPath(),
                      null)
                  .toResponse())
          .header("WWW-Authenticate", "Bearer realm=\"aduan-terbuka\"")
          .build();
    }
    if (key.kind() == KeyKind.READER) {
      throw new NotPermittedException("A reader key cannot submit photos.");
    }
    PhotoRole photoRole = PhotoRole.parse(role);
    byte[] upload = readCapped(body, photos.limits().maxBytes());
    if (upload == null) {
      throw photos.tooLarge();
    }
    SubmittedPhoto submitted = photos.submit(reference, photoRole, key, upload);
    PhotoReceipt receipt = PhotoReceipt.of(submitted);
    return (submitted.created()
            ? Response.created(
                uri.getBaseUriBuilder().path("v1/photos/" + receipt.id() + ".jpg").build())
            : Response.ok())
        .entity(receipt)
        .build();
  }

  /** The body, or null when it is longer than {@code max}: no more than max + 1 bytes are read. */
  public static byte[] readCapped(InputStream body, long max) {
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return bytes.length > max ? null : bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
