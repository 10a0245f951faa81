package id.aduanterbuka.api.evidence;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.evidence.EvidencePhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The approved photos of a published complaint. A root resource of its own: its path has more
 * literal characters than {@code v1/complaints}, so JAX-RS picks it over the complaints resource.
 */
@Path("v1/complaints/{reference}/photos")
@RequestScoped
@Tag(name = "Complaints", description = "Published, redacted complaints and their timelines")
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class ComplaintPhotosResource {
  private EvidencePhotos photos;

  @Context UriInfo uri;

  protected ComplaintPhotosResource() {}

  @Inject
  public ComplaintPhotosResource(EvidencePhotos photos) {
    this.photos = photos;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A complaint's approved photos",
      description =
          "Before/after photos an agency submitted as evidence of its work and an operator"
              + " approved. Metadata is stripped; images are JPEG.")
  @APIResponse(
      responseCode = "200",
      description = "The approved photos, before ones first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PhotoList.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published complaint has this reference",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PhotoList list(
      @PathParam("reference") @Parameter(description = "Complaint reference") String reference) {
    return new PhotoList(
        reference,
        photos.published(reference).stream().map(p -> PhotosResource.publicPhoto(uri, p)).toList());
  }
}
