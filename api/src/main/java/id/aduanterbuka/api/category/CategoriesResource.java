package id.aduanterbuka.api.category;

import static id.aduanterbuka.api.params.QueryValues.required;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.paging.PagingParameters;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.category.CategoryCode;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public list of report categories. */
@Path("v1/categories")
@RequestScoped
@Tag(
    name = "Categories",
    description = "What reports are about, their follow-up deadlines and default agencies")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class CategoriesResource {
  private CategoryDirectory directory;

  protected CategoriesResource() {}

  @Inject
  public CategoriesResource(CategoryDirectory directory) {
    this.directory = directory;
  }

  @GET
  @Operation(
      summary = "List categories",
      description =
          "Report categories ordered by code, with names in Indonesian and English, report type,"
              + " deadline and default agency, one page at a time (size=100 returns them all).")
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = PagingParameters.PAGE_DOC,
      example = "1")
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = PagingParameters.SIZE_DOC,
      example = "" + PageRequest.MAX_SIZE)
  @APIResponse(
      responseCode = "200",
      description = "A page of categories",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CategoryPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A paging parameter is malformed or out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CategoryPage list(@BeanParam PagingParameters paging) {
    return CategoryPage.of(directory.list(paging.toPageRequest()));
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "One category",
      description = "A report category with its report type, deadline and default agency.")
  @APIResponse(
      responseCode = "200",
      description = "The category",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CategoryDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "The code is malformed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No category has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CategoryDetails get(
      @PathParam("code") @Parameter(description = "Category code", example = "jalan-rusak")
          String code) {
    return CategoryDetails.of(directory.get(required("code", code, CategoryCode::of)));
  }
}
