package id.aduanterbuka.api.open311;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.evidence.PhotosResource;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.category.CategoryCode;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.category.CategoryView;
import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.publicdata.ComplaintRecord;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2, read side: complaint categories as services, published complaints as
 * service requests. The format is the path's extension ({@code requests.json}, {@code
 * requests.xml}); the portal also answers the spec's usual {@code /open311/v2/…}.
 */
@Path("open311/v2")
@RequestScoped
@Tag(
    name = "Open311",
    description =
        "Open311 GeoReport v2: categories as services, published complaints as service"
            + " requests, in JSON or XML; creating requests needs an API key. Errors are"
            + " problem+json like the rest of the API, not Open311's error list.")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class GeoReportResource {
  private static final String FORMAT_DOC = "Response format: json or xml";
  private static final String JURISDICTION_DOC =
      "Accepted and ignored: this endpoint serves a single jurisdiction";
  private static final String XML_DOC = "The same content as XML, in the spec's element names";

  private CategoryDirectory categories;
  private PublicComplaints complaints;
  private EvidencePhotos photos;

  @Context UriInfo uri;

  protected GeoReportResource() {}

  @Inject
  public GeoReportResource(
      CategoryDirectory categories, PublicComplaints complaints, EvidencePhotos photos) {
    this.categories = categories;
    this.complaints = complaints;
    this.photos = photos;
  }

  @GET
  @Path("services.{format}")
  @Operation(
      summary = "Open311 service list",
      description =
          "One service per complaint category, ordered by code: service_code is the category"
              + " code, service_name its Indonesian name, description its English name, report"
              + " type and deadline; group is the report type. No service needs extra attributes"
              + " (metadata is false).")
  @APIResponse(
      responseCode = "200",
      description = "Every service (JSON: an array of Open311Service)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Open311Service[].class)),
        @Content(
            mediaType = MediaType.TEXT_XML,
            schema = @Schema(implementation = String.class, description = XML_DOC))
      })
  @APIResponse(
      responseCode = "400",
      description = "A format other than json or xml, or an unknown parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response services(
      @PathParam("format") @Parameter(description = FORMAT_DOC, required = true, example = "json")
          String format,
      @QueryParam("jurisdiction_id") @Parameter(description = JURISDICTION_DOC)
          String jurisdictionId) {
    Format as = Format.of(format);
    List<Open311Service> services = allCategories().stream().map(Open311Service::of).toList();
    return as == Format.JSON
        ? json(new GenericEntity<List<Open311Service>>(services) {})
        : xml(Open311Xml.services(services));
  }

  @GET
  @Path("services/{service_code}.{format}")
  @Operation(
      summary = "Open311 service definition",
      description =
          "The definition of one service: its code and its extra attributes, always none here.")
  @APIResponse(
      responseCode = "200",
      description = "The service definition",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Open311ServiceDefinition.class)),
        @Content(
            mediaType = MediaType.TEXT_XML,
            schema = @Schema(implementation = String.class, description = XML_DOC))
      })
  @APIResponse(
      responseCode = "400",
      description = "A format other than json or xml, or an unknown parameter",
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
  public Response service(
      @PathParam("service_code")
          @Parameter(
              description = "Service (category) code",
              required = true,
              example = "jalan-rusak")
          String serviceCode,
      @PathParam("format") @Parameter(description = FORMAT_DOC, required = true, example = "json")
          String format,
      @QueryParam("jurisdiction_id") @Parameter(description = JURISDICTION_DOC)
          String jurisdictionId) {
    Format as = Format.of(format);
    CategoryView category;
    try {
      category = categories.get(CategoryCode.of(serviceCode));
    } catch (InvalidValueException | NotFoundException e) {
      throw new NotFoundException("service", serviceCode);
    }
    Open311ServiceDefinition definition = Open311ServiceDefinition.of(category.code());
    return as == Format.JSON ? json(definition) : xml(Open311Xml.definition(definition));
  }

  @GET
  @Path("requests.{format}")
  @Operation(
      summary = "Open311 service requests",
      description =
          "Published, redacted complaints as service requests, newest first, one page at a time"
              + " (page, page_size: the common extension; a page shorter than page_size is the"
              + " last). Filters combine (AND); list parameters are comma-separated. Unlike the"
              + " spec's default of the last 90 days, no date window applies unless start_date or"
              + " end_date is given. service_request_id overrides every other filter and paging.")
  @APIResponse(
      responseCode = "200",
      description = "A page of service requests (JSON: an array of Open311ServiceRequest)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Open311Request[].class)),
        @Content(
            mediaType = MediaType.TEXT_XML,
            schema = @Schema(implementation = String.class, description = XML_DOC))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "A parameter is malformed, unknown or out of range, or the format is not json"
              + " or xml",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response requests(
      @PathParam("format") @Parameter(description = FORMAT_DOC, required = true, example = "json")
          String format,
      @QueryParam("jurisdiction_id") @Parameter(description = JURISDICTION_DOC)
          String jurisdictionId,
      @QueryParam("service_request_id")
          @Parameter(
              description =
                  "Public references, comma-separated (at most "
                      + RequestsQuery.MAX_PAGE_SIZE
                      + "); overrides every other parameter. Unknown or unpublished ones are"
                      + " left out.",
              example = "ADU-2024-0001234,ADU-2024-0001235")
          List<String> serviceRequestId,
      @QueryParam("service_code")
          @Parameter(
              description = "Service (category) codes, comma-separated; all when absent",
              example = "jalan-rusak,banjir")
          List<String> serviceCode,
      @QueryParam("start_date")
          @Parameter(
              description =
                  "Received at or after this W3C date-time, with a time zone (encode + as %2B)",
              example = "2024-01-01T00:00:00+07:00")
          String startDate,
      @QueryParam("end_date")
          @Parameter(
              description = "Received at or before this W3C date-time, with a time zone",
              example = "2024-01-31T23:59:59+07:00")
          String endDate,
      @QueryParam("status")
          @Parameter(
              description =
                  "open (verified, routed, responded or in progress) or closed (resolved or"
                      + " closed), comma-separated; both when absent",
              example = "open")
          List<String> status,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)", example = "1")
          String page,
      @QueryParam("page_size")
          @Parameter(
              description =
                  "Requests per page, 1 to "
                      + RequestsQuery.MAX_PAGE_SIZE
                      + " (default "
                      + RequestsQuery.DEFAULT_PAGE_SIZE
                      + ")",
              example = "" + RequestsQuery.DEFAULT_PAGE_SIZE)
          String pageSize) {
    Format as = Format.of(format);
    RequestsQuery query =
        RequestsQuery.parse(
            serviceRequestId,
            serviceCode,
            startDate,
            endDate,
            status,
            page,
            pageSize,
            this::serviceCodes);
    List<ComplaintRecord> found =
        query.references().isEmpty()
            ? complaints.page(query.filter(), query.offset(), query.pageSize())
            : complaints.records(query.references());
    return answer(as, withMedia(found));
  }

  @GET
  @Path("requests/{service_request_id}.{format}")
  @Operation(
      summary = "Open311 service request",
      description =
          "One published complaint as a list holding one service request, as the spec" + " has it.")
  @APIResponse(
      responseCode = "200",
      description =
          "The service request, alone in a list (JSON: an array of Open311ServiceRequest)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Open311Request[].class)),
        @Content(
            mediaType = MediaType.TEXT_XML,
            schema = @Schema(implementation = String.class, description = XML_DOC))
      })
  @APIResponse(
      responseCode = "400",
      description = "A format other than json or xml, or an unknown parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published complaint has this reference",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response request(
      @PathParam("service_request_id")
          @Parameter(
              description = "Public reference of the complaint",
              required = true,
              example = "ADU-2024-0001234")
          String serviceRequestId,
      @PathParam("format") @Parameter(description = FORMAT_DOC, required = true, example = "json")
          String format,
      @QueryParam("jurisdiction_id") @Parameter(description = JURISDICTION_DOC)
          String jurisdictionId) {
    Format as = Format.of(format);
    return answer(as, withMedia(List.of(complaints.record(serviceRequestId))));
  }

  /** The requests, each with its resolution photo's address as {@code media_url} (one query). */
  private List<Open311Request> withMedia(List<ComplaintRecord> records) {
    Map<String, Long> media =
        photos.resolutionPhotos(records.stream().map(r -> r.summary().reference()).toList());
    return records.stream()
        .map(
            r -> {
              Long photo = media.get(r.summary().reference());
              return Open311Request.of(
                  r,
                  photo == null
                      ? null
                      : PhotosResource.imageUri(uri.getBaseUriBuilder(), photo).toString());
            })
        .toList();
  }

  private static Response answer(Format as, List<Open311Request> requests) {
    return as == Format.JSON
        ? json(new GenericEntity<List<Open311Request>>(requests) {})
        : xml(Open311Xml.requests(requests));
  }

  private static Response json(Object entity) {
    return Response.ok(entity, Format.JSON.mediaType()).build();
  }

  private static Response xml(String document) {
    return Response.ok(document, Format.XML.mediaType()).build();
  }

  /** Every category, in code order, read page by page. */
  private List<CategoryView> allCategories() {
    List<CategoryView> all = new ArrayList<>();
    Page<CategoryView> page;
    int number = 0;
    do {
      page = categories.list(new PageRequest(++number, PageRequest.MAX_SIZE));
      all.addAll(page.items());
    } while (page.hasNext());
    return all;
  }

  private Set<String> serviceCodes() {
    return allCategories().stream().map(CategoryView::code).collect(Collectors.toSet());
  }
}
