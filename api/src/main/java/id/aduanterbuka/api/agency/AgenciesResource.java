package id.aduanterbuka.api.agency;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyFilter;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.paging.PagingParameters;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.InvalidValueException;
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
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public directory of agencies. */
@Path("v1/agencies")
@RequestScoped
@Tag(name = "Agencies", description = "Government agencies and their official channels")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class AgenciesResource {
  private AgencyDirectory directory;

  protected AgenciesResource() {}

  @Inject
  public AgenciesResource(AgencyDirectory directory) {
    this.directory = directory;
  }

  @GET
  @Operation(
      summary = "List agencies",
      description = "Agencies ordered by code, with their official channels, one page at a time.")
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
      description = "A page of agencies",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgencyPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed or out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public AgencyPage list(
      @BeanParam PagingParameters paging,
      @QueryParam("region")
          @Parameter(
              description = "Kemendagri code: agencies serving this region or a region inside it",
              example = "33.74")
          String region,
      @QueryParam("kind")
          @Parameter(description = "Agency kind, e.g. DINAS, RSUD, BUMD", example = "DINAS")
          String kind) {
    AgencyFilter filter =
        new AgencyFilter(
            region == null || region.isBlank() ? null : RegionCode.of(region.strip()),
            kind == null || kind.isBlank() ? null : parseKind(kind.strip()));
    return AgencyPage.of(directory.list(filter, paging.toPageRequest()));
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One agency", description = "An agency and its official channels.")
  @APIResponse(
      responseCode = "200",
      description = "The agency",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgencyDetails.class)))
  @APIResponse(
      responseCode = "404",
      description = "No agency has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public AgencyDetails get(
      @PathParam("code") @Parameter(description = "Agency code", example = "DINKES-3374")
          String code) {
    return AgencyDetails.of(directory.get(AgencyCode.of(code)));
  }

  private static AgencyKind parseKind(String kind) {
    try {
      return AgencyKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "kind",
          "'"
              + kind
              + "' is not an agency kind; use one of "
              + Arrays.toString(AgencyKind.values())
              + ".");
    }
  }
}
