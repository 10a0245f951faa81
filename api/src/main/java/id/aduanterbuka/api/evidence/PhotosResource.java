package id.aduanterbuka.api.evidence;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoSize;
import id.aduanterbuka.evidence.PhotoStore;
import id.aduanterbuka.shared.InvalidValueException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Approved resolution photos' images for everyone. Pending, rejected and unknown photos all answer
 * the same 404, so nobody can learn that an unreviewed photo exists.
 */
@Path("v1/photos")
@RequestScoped
@Tag(name = "Complaints", description = "Published, redacted complaints and their timelines")
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class PhotosResource {
  /**
   * A day: a photo's bytes never change under its id, but an operator may still withdraw an
   * approval (faces, plates), and caches should let go of it within a day.
   */
  static final int MAX_AGE = 86_400;

  private EvidencePhotos photos;

  @Context UriInfo uri;

  protected PhotosResource() {}

  @Inject
  public PhotosResource(EvidencePhotos photos) {
    this.photos = photos;
  }

  @GET
  @Path("{id: [0-9]{1,18}}.jpg")
  @Produces("image/jpeg")
  @Operation(
      summary = "An approved photo's image",
      description =
          "JPEG, re-encoded without metadata. Cached publicly for a day; the ETag is the image's"
              + " SHA-256, so If-None-Match answers 304.")
  @APIResponse(
      responseCode = "200",
      description = "The image",
      content =
          @Content(
              mediaType = "image/jpeg",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "404",
      description = "No approved photo has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response image(
      @PathParam("id") @Parameter(description = "Photo id") long id,
      @QueryParam("size") @Parameter(description = "'thumb' for the thumbnail; else the web size")
          String size,
      @Context Request request) {
    PhotoStore.PhotoImage image = photos.publishedImage(id, size(size));
    EntityTag tag = new EntityTag(image.sha256() + (size(size) == PhotoSize.THUMB ? "-t" : ""));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer =
        notModified != null ? notModified : Response.ok(image.bytes(), "image/jpeg");
    return answer
        .tag(tag)
        .header("Cache-Control", "public, max-age=" + MAX_AGE)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static PhotoSize size(String size) {
    if (size == null || size.isBlank() || size.equals("web")) {
      return PhotoSize.WEB;
    }
    if (size.equals("thumb")) {
      return PhotoSize.THUMB;
    }
    throw new InvalidValueException("size", "size must be 'thumb' or 'web'.");
  }

  /** An approved photo with absolute URLs under this API's base. */
  public static PublicPhoto publicPhoto(UriInfo uri, PhotoStore.StoredPhoto p) {
    URI web = imageUri(uri.getBaseUriBuilder(), p.id());
    return new PublicPhoto(
        p.id(),
        p.role().name().toLowerCase(Locale.ROOT),
        p.width(),
        p.height(),
        web.toString(),
        web + "?size=thumb");
  }

  public static URI imageUri(UriBuilder base, long id) {
    return base.path("v1/photos/" + id + ".jpg").build();
  }
}
