package id.aduanterbuka.api.complaint;

import static id.aduanterbuka.api.params.QueryValues.bool;
import static id.aduanterbuka.api.params.QueryValues.date;
import static id.aduanterbuka.api.params.QueryValues.enumValue;
import static id.aduanterbuka.api.params.QueryValues.integer;
import static id.aduanterbuka.api.params.QueryValues.text;

import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSort;
import id.aduanterbuka.publicdata.ComplaintSummary;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.publicdata.Slice;
import id.aduanterbuka.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published, redacted complaints: list, search and detail. */
@Path("v1/complaints")
@RequestScoped
@Tag(name = "Complaints", description = "Published, redacted complaints and their timelines")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class ComplaintsResource {
  private PublicComplaints complaints;

  @Context UriInfo uri;

  protected ComplaintsResource() {}

  @Inject
  public ComplaintsResource(PublicComplaints complaints) {
    this.complaints = complaints;
  }

  @GET
  @Operation(
      summary = "List and search complaints",
      description =
          "Published complaints, newest first by default, with filters that combine (AND)."
              + " Paged with cursors: follow `next` until it is null. Only complaints in a public"
              + " status with a published (redacted) text are ever listed.")
  @APIResponse(
      responseCode = "200",
      description = "A page of complaints",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplaintList.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed, unknown or out of range",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ComplaintList list(
      @QueryParam("agency") @Parameter(description = "Agency code", example = "DPU-3374")
          String agency,
      @QueryParam("category") @Parameter(description = "Category code", example = "jalan-rusak")
          String category,
      @QueryParam("region")
          @Parameter(
              description = "Kemendagri code of a region at any level; includes regions inside it",
              example = "33.74")
          String region,
      @QueryParam("status")
          @Parameter(
              description =
                  "Public status: VERIFIED, ROUTED, RESPONDED, IN_PROGRESS, RESOLVED or CLOSED",
              example = "RESOLVED")
          String status,
      @QueryParam("channel")
          @Parameter(description = "Intake channel, e.g. WHATSAPP, X, WEB", example = "WHATSAPP")
          String channel,
      @QueryParam("receivedFrom")
          @Parameter(description = "Received on or after this day (WIB)", example = "2024-01-01")
          String receivedFrom,
      @QueryParam("receivedTo")
          @Parameter(description = "Received on or before this day (WIB)", example = "2024-12-31")
          String receivedTo,
      @QueryParam("resolvedFrom")
          @Parameter(description = "Resolved on or after this day (WIB)", example = "2024-01-01")
          String resolvedFrom,
      @QueryParam("resolvedTo")
          @Parameter(description = "Resolved on or before this day (WIB)", example = "2024-12-31")
          String resolvedTo,
      @QueryParam("hasResponse")
          @Parameter(
              description = "Has (true) or lacks (false) an agency response",
              example = "true")
          String hasResponse,
      @QueryParam("overdue")
          @Parameter(
              description = "Unanswered past the category's SLA in working days, as of now",
              example = "true")
          String overdue,
      @QueryParam("q")
          @Parameter(
              description = "Words to search in the published text (Indonesian stemming)",
              example = "jalan berlubang")
          String q,
      @QueryParam("sort")
          @Parameter(
              description = "NEWEST (default) or OLDEST by time received",
              example = "NEWEST")
          String sort,
      @QueryParam("cursor") @Parameter(description = "Cursor from the previous page's nextCursor")
          String cursor,
      @QueryParam("limit")
          @Parameter(
              description = "Items per page, 1 to " + PublicComplaints.MAX_LIMIT,
              example = "" + PublicComplaints.DEFAULT_LIMIT)
          String limit) {
    String regionCode = text(region);
    ComplaintFilter filter =
        new ComplaintFilter(
            text(agency),
            text(category),
            regionCode == null ? null : RegionCode.of(regionCode).value(),
            enumValue("status", status, ComplaintStatus.class),
            enumValue("channel", channel, IntakeChannel.class),
            date("receivedFrom", receivedFrom),
            date("receivedTo", receivedTo),
            date("resolvedFrom", resolvedFrom),
            date("resolvedTo", resolvedTo),
            bool("hasResponse", hasResponse),
            bool("overdue", overdue),
            q);
    ComplaintSort order = enumValue("sort", sort, ComplaintSort.class);
    int size = integer("limit", limit, PublicComplaints.DEFAULT_LIMIT);
    Slice<ComplaintSummary> slice =
        complaints.search(filter, order == null ? ComplaintSort.NEWEST : order, text(cursor), size);
    String next =
        slice.nextCursor() == null
            ? null
            : uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", slice.nextCursor())
                .build()
                .toString();
    return new ComplaintList(
        slice.items().stream().map(ComplaintItem::of).toList(), size, slice.nextCursor(), next);
  }

  @GET
  @Path("{reference}")
  @Operation(
      summary = "One complaint",
      description = "A published complaint with its redacted text and its public timeline.")
  @APIResponse(
      responseCode = "200",
      description = "The complaint",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplaintView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published complaint has this reference",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ComplaintView get(
      @PathParam("reference")
          @Parameter(description = "Public reference", example = "LG-2024-0001234")
          String reference) {
    return ComplaintView.of(complaints.get(reference));
  }
}
