package id.aduanterbuka.api.region;

import static id.aduanterbuka.api.params.QueryValues.enumValue;
import static id.aduanterbuka.api.params.QueryValues.optional;
import static id.aduanterbuka.api.params.QueryValues.required;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.paging.PagingParameters;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionDirectory;
import id.aduanterbuka.region.RegionFilter;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.shared.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public list of regions. */
@Path("v1/regions")
@RequestScoped
@Tag(
    name = "Regions",
    description = "Provinces, regencies/cities, districts and villages by Kemendagri code")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class RegionsResource {
  private RegionDirectory directory;

  protected RegionsResource() {}

  @Inject
  public RegionsResource(RegionDirectory directory) {
    this.directory = directory;
  }

  @GET
  @Operation(
      summary = "List regions",
      description =
          "Regions ordered by Kemendagri code, one page at a time; narrow them by level or to the"
              + " direct children of one region.")
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
      description = "A page of regions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed or out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RegionPage list(
      @BeanParam PagingParameters paging,
      @QueryParam("level")
          @Parameter(
              description = "Only regions of this level",
              example = "REGENCY",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"PROVINCE", "REGENCY", "DISTRICT", "VILLAGE"}))
          String level,
      @QueryParam("parent")
          @Parameter(
              description = "Kemendagri code: only the regions directly below this one",
              example = "33.74")
          String parent) {
    RegionFilter filter =
        new RegionFilter(
            enumValue("level", level, RegionLevel.class),
            optional("parent", parent, RegionCode::of));
    return RegionPage.of(directory.list(filter, paging.toPageRequest()));
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "One region",
      description = "A region by its Kemendagri code, with its kind, level and parent.")
  @APIResponse(
      responseCode = "200",
      description = "The region",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "The code is not a Kemendagri region code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No region has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RegionDetails get(
      @PathParam("code") @Parameter(description = "Kemendagri region code", example = "33.74")
          String code) {
    return RegionDetails.of(directory.get(required("code", code, RegionCode::of)));
  }
}
