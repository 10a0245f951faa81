package id.aduanterbuka.api.intake;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.evidence.IntakePhotosResource;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.evidence.PhotoRefusedException;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoUpload;
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.intake.IntakeReceipt;
import id.aduanterbuka.shared.InvalidValueException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Writes from agency and operator systems. Unlike the rest of the API these need a key: none is
 * 401, a reader key or another agency's complaint 403. The caller's key, never a secret, goes to
 * the audit log with every write.
 */
@Path("v1/intake")
@RequestScoped
@Tag(
    name = "Intake",
    description =
        "Authenticated writes: complaints and timeline events from agency and operator systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = AduanApi.API_KEY)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
@APIResponse(
    responseCode = "403",
    description = "A reader key, or an agency key writing for another agency",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "400",
    description = "A field is missing, malformed or unknown; the problem's errors name it",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "422",
    description =
        "The complaint's state does not allow the event, or the Idempotency-Key was used for"
            + " another request",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IntakeResource {
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String EVENT_PART = "event";
  private static final int MAX_EVENT_PART = 64 * 1024;

  private Intake intake;

  @Context UriInfo uri;
  @Context SecurityContext security;

  protected IntakeResource() {}

  @Inject
  public IntakeResource(Intake intake) {
    this.intake = intake;
  }

  @POST
  @Path("complaints")
  @Operation(
      summary = "Submit a complaint",
      description =
          "Receives a complaint from an agency's or operator's system. The text is redacted before"
              + " publication (a text the redactor flags waits for an operator's review); the"
              + " original and the reporter's identity are kept only in the restricted table. An"
              + " agency key's complaints are routed to its agency; an operator key routes to the"
              + " agency given, or leaves the complaint RECEIVED. Send an Idempotency-Key to retry"
              + " safely.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplaintIntakeRequest.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "A complaint with this sourceSystem and sourceId is already here: nothing was written;"
              + " the body (existing: true) and Location name that complaint",
      headers =
          @Header(
              name = "Location",
              description = "The existing complaint's public view",
              schema = @Schema(implementation = String.class)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IntakeResult.class)))
  @APIResponse(
      responseCode = "201",
      description = "Received (or, for a retry, received before)",
      headers =
          @Header(
              name = "Location",
              description = "The complaint's public view",
              schema = @Schema(implementation = String.class)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IntakeResult.class)))
  public Response submit(
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              in = ParameterIn.HEADER,
              description = "Any unique string per request, e.g. a UUID; a retry sends it again",
              example = "5f0c9a52-6c1e-4f43-9d2f-2b7a0c6f1e11")
          String idempotencyKey,
      String body) {
    if (!(security.getUserPrincipal() instanceof ApiKey caller)) {
      return unauthenticated();
    }
    return created(intake.submit(caller, IntakeJson.complaint(body), idempotencyKey));
  }

  @POST
  @Path("complaints/{reference}/events")
  @Operation(
      summary = "Add an event to a complaint's timeline",
      description =
          "Records what happened to a complaint: responded, in progress, resolved (agency keys,"
              + " for complaints routed to their agency), or verified, routed, closed, rejected,"
              + " reopened (operator keys). The event must follow the lifecycle and come no earlier"
              + " than the last event. The note is redacted before publication.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventIntakeRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded (or, for a retry, recorded before)",
      headers =
          @Header(
              name = "Location",
              description = "The complaint's public view",
              schema = @Schema(implementation = String.class)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IntakeResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "No complaint has this reference",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response addEvent(
      @PathParam("reference")
          @Parameter(description = "Complaint reference", example = "ADU-2026-0020001")
          String reference,
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              in = ParameterIn.HEADER,
              description = "Any unique string per request, e.g. a UUID; a retry sends it again",
              example = "0b6f3c1d-93c4-4a9e-8a57-1f0d2c3b4a59")
          String idempotencyKey,
      String body) {
    if (!(security.getUserPrincipal() instanceof ApiKey caller)) {
      return unauthenticated();
    }
    return created(
        intake.addEvent(
            caller, new ComplaintReference(reference), IntakeJson.event(body), idempotencyKey));
  }

  @POST
  @Path("complaints/{reference}/events")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @PhotoRequestLimit
  @Operation(
      summary = "Add an event to a complaint's timeline, with photos",
      description =
          "The same event as the JSON request, sent as multipart/form-data: a part 'event' holding"
              + " the event's JSON, and up to 4 photo parts named 'before' or 'after' (what the"
              + " photo shows; JPEG, PNG or WebP, read from the bytes). Photos are checked first:"
              + " if one is refused (413, 415) nothing is written; otherwise the event and its"
              + " photos are stored in one transaction, the photos waiting for an operator's"
              + " review. Each photo is at most ADUAN_PHOTO_MAX_MB (default 10 MB), the whole"
              + " request at most 4 photos' worth plus 1 MB.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = EventWithPhotosForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded with its photos (or, for a retry, recorded before)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IntakeResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "No complaint has this reference",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "A photo, or the whole request, is larger than the instance accepts",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "415",
      description = "A photo part is not a JPEG, PNG or WebP image",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response addEventWithPhotos(
      @PathParam("reference")
          @Parameter(description = "Complaint reference", example = "ADU-2026-0020001")
          String reference,
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              in = ParameterIn.HEADER,
              description = "Any unique string per request, e.g. a UUID; a retry sends it again",
              example = "0b6f3c1d-93c4-4a9e-8a57-1f0d2c3b4a59")
          String idempotencyKey,
      List<EntityPart> parts) {
    if (!(security.getUserPrincipal() instanceof ApiKey caller)) {
      return unauthenticated();
    }
    String event = null;
    List<PhotoUpload> photos = new ArrayList<>();
    for (EntityPart part : parts) {
      String name = part.getName();
      if (EVENT_PART.equals(name)) {
        if (event != null) {
          throw new InvalidValueException(EVENT_PART, "send one part 'event', not several.");
        }
        byte[] json = IntakePhotosResource.readCapped(part.getContent(), MAX_EVENT_PART);
        if (json == null) {
          throw new InvalidValueException(
              EVENT_PART, "the part 'event' is at most " + MAX_EVENT_PART + " bytes of JSON.");
        }
        event = new String(json, StandardCharsets.UTF_8);
      } else if ("before".equals(name) || "after".equals(name)) {
        long max = intake.photoLimits().maxBytes();
        byte[] bytes = IntakePhotosResource.readCapped(part.getContent(), max);
        if (bytes == null) {
          throw new PhotoRefusedException(
              PhotoRefusedException.Reason.TOO_LARGE,
              "The photo '"
                  + name
                  + "' is larger than "
                  + (max >> 20)
                  + " MB; send a smaller one. Nothing was written.");
        }
        photos.add(new PhotoUpload(PhotoRole.parse(name), bytes));
      } else {
        throw new InvalidValueException(
            name == null ? "part" : name,
            "unknown part '"
                + name
                + "'; send a part 'event' (the event's JSON) and photos in parts named"
                + " 'before' or 'after'.");
      }
    }
    if (event == null) {
      throw new InvalidValueException(
          EVENT_PART, "the part 'event' is required: the event's JSON, as for application/json.");
    }
    return created(
        intake.addEvent(
            caller,
            new ComplaintReference(reference),
            IntakeJson.event(event),
            photos,
            idempotencyKey));
  }

  private Response created(IntakeReceipt receipt) {
    String location = "/api/v1/complaints/" + receipt.reference().value();
    // A complaint already stored under the submission's source: 200, the same body and Location.
    Response.ResponseBuilder response =
        (receipt.existing()
                ? Response.ok().location(URI.create(location))
                : Response.created(URI.create(location)))
            .entity(IntakeResult.of(receipt, location));
    if (receipt.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private Response unauthenticated() {
    return Response.status(401)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aduan-terbuka\"")
        .type(Problem.PROBLEM_JSON)
        .entity(
            new Problem(
                "about:blank",
                "Unauthorized",
                401,
                "Writing needs an agency or operator API key, sent as X-API-Key or"
                    + " Authorization: Bearer; ask the instance's operator for one.",
                uri.getRequestUri().getRawPath(),
                null))
        .build();
  }
}
