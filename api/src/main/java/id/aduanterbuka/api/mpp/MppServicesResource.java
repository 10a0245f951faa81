package id.aduanterbuka.api.mpp;

import static id.aduanterbuka.api.params.QueryValues.bool;
import static id.aduanterbuka.api.params.QueryValues.optional;
import static id.aduanterbuka.api.params.QueryValues.required;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.paging.PagingParameters;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.mpp.MppCatalogue;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.mpp.MppServiceCode;
import id.aduanterbuka.mpp.MppServiceFilter;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue of services offered in public service malls. */
@Path("v1/mpp-services")
@RequestScoped
@Tag(
    name = "MPP services",
    description =
        "The catalogue of services offered in public service malls, with their service standards")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class MppServicesResource {
  private MppCatalogue catalogue;

  protected MppServicesResource() {}

  @Inject
  public MppServicesResource(MppCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @Operation(
      summary = "List MPP services",
      description =
          "Services ordered by code, each with its agency, the MPPs offering it, duration, fee,"
              + " output and online link, one page at a time. Filters combine: every one given"
              + " must match.")
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
      description = "A page of services",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MppServicePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed or out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public MppServicePage list(
      @BeanParam PagingParameters paging,
      @QueryParam("regency")
          @Parameter(
              description =
                  "Kemendagri code of a regency or city: only services offered at an MPP there",
              example = "33.72")
          String regency,
      @QueryParam("mpp")
          @Parameter(description = "MPP code: only services offered there", example = "MPP-3302")
          String mpp,
      @QueryParam("agency")
          @Parameter(
              description = "Agency code: only services this agency provides",
              example = "POLDA-33")
          String agency,
      @QueryParam("free")
          @Parameter(
              description = "true: only services without a fee; false: only those with one",
              example = "true",
              schema = @Schema(type = SchemaType.BOOLEAN))
          String free,
      @QueryParam("online")
          @Parameter(
              description = "true: only services with an online link; false: only those without",
              example = "true",
              schema = @Schema(type = SchemaType.BOOLEAN))
          String online,
      @QueryParam("q")
          @Parameter(
              description =
                  "Only services whose name contains this text, ignoring case (at most "
                      + SearchText.MAX_LENGTH
                      + " characters)",
              example = "paspor")
          String q) {
    MppServiceFilter filter =
        new MppServiceFilter(
            optional("regency", regency, RegionCode::of),
            optional("mpp", mpp, MppCode::of),
            optional("agency", agency, AgencyCode::of),
            bool("free", free),
            bool("online", online),
            optional("q", q, SearchText::new));
    return MppServicePage.of(catalogue.services(filter, paging.toPageRequest()));
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "One MPP service",
      description =
          "A service with its whole service standard: requirements, procedure, duration, fee,"
              + " output, legal basis and the MPPs offering it.")
  @APIResponse(
      responseCode = "200",
      description = "The service",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MppServiceDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "The code is malformed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No service has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public MppServiceDetails get(
      @PathParam("code")
          @Parameter(description = "Service code", example = "disdukcapil-3302-ktp-el")
          String code) {
    return MppServiceDetails.of(catalogue.service(required("code", code, MppServiceCode::of)));
  }
}
