package id.aduanterbuka.api.mpp;

import static id.aduanterbuka.api.params.QueryValues.optional;
import static id.aduanterbuka.api.params.QueryValues.required;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.paging.PagingParameters;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.mpp.MppCatalogue;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.mpp.MppFilter;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.PageRequest;
import id.aduanterbuka.shared.SearchText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public list of public service malls. */
@Path("v1/mpps")
@RequestScoped
@Tag(
    name = "MPPs",
    description =
        "Public service malls (Mal Pelayanan Publik): location, opening hours and tenant agencies")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class MppsResource {
  private MppCatalogue catalogue;

  protected MppsResource() {}

  @Inject
  public MppsResource(MppCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @Operation(
      summary = "List MPPs",
      description =
          "Public service malls ordered by code, each with its regency, address, opening hours,"
              + " tenant agencies and number of services, one page at a time.")
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = PagingParameters.PAGE_DOC,
      example = "1")
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = PagingParameters.SIZE_DOC,
      example = "" + PageRequest.DEFAULT_SIZE)
  @APIResponse(
      responseCode = "200",
      description = "A page of MPPs",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MppPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed or out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public MppPage list(
      @BeanParam PagingParameters paging,
      @QueryParam("regency")
          @Parameter(
              description = "Kemendagri code of a regency or city: only its MPPs",
              example = "33.02")
          String regency,
      @QueryParam("q")
          @Parameter(
              description =
                  "Only MPPs whose name contains this text, ignoring case (at most "
                      + SearchText.MAX_LENGTH
                      + " characters)",
              example = "surakarta")
          String q) {
    MppFilter filter =
        new MppFilter(
            optional("regency", regency, RegionCode::of), optional("q", q, SearchText::new));
    return MppPage.of(catalogue.mpps(filter, paging.toPageRequest()));
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "One MPP",
      description =
          "A public service mall with its regency, address, opening hours, tenant agencies and"
              + " number of services.")
  @APIResponse(
      responseCode = "200",
      description = "The MPP",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MppDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "The code is malformed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No MPP has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public MppDetails get(
      @PathParam("code") @Parameter(description = "MPP code", example = "MPP-3302") String code) {
    return MppDetails.of(catalogue.mpp(required("code", code, MppCode::of)));
  }
}
