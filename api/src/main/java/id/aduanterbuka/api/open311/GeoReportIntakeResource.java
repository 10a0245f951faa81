package id.aduanterbuka.api.open311;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.api.AduanApi;
import id.aduanterbuka.api.problem.Problem;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.intake.ComplaintSubmission;
import id.aduanterbuka.intake.Intake;
import id.aduanterbuka.intake.IntakeReceipt;
import id.aduanterbuka.shared.InvalidValueException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 {@code POST requests}: a citizen-facing app submits a service request, which
 * becomes a complaint through the same {@link Intake} as the intake API — redacted, authorised by
 * the app's API key (an agency or operator key), idempotent and audited.
 */
@Path("open311/v2")
@RequestScoped
@Tag(name = "Open311")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = AduanApi.API_KEY)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class GeoReportIntakeResource {
  private Intake intake;

  @Context UriInfo uri;
  @Context SecurityContext security;

  protected GeoReportIntakeResource() {}

  @Inject
  public GeoReportIntakeResource(Intake intake) {
    this.intake = intake;
  }

  @POST
  @Path("requests.{format}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Open311 create service request",
      description =
          "Submits a service request (a complaint) as the GeoReport v2 spec's POST requests, form"
              + " encoded. Needs an agency or operator API key in X-API-Key or Authorization:"
              + " Bearer (the spec's api_key form field is not accepted: keys stay out of bodies"
              + " and logs). service_code is a category code, description the citizen's text"
              + " (redacted before publication); first_name, last_name, email and phone go only"
              + " to the restricted table; lat, long and address_string are accepted and not"
              + " stored. attribute[channel] (default MOBILE_APP), attribute[region] and"
              + " attribute[agency] are optional. JSON only.")
  @APIResponse(
      responseCode = "201",
      description = "Created: a one-element array with the complaint reference",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Open311Created.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is missing, malformed or unknown, or the format is not json",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "A reader key, or an agency key for another agency",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      @PathParam("format") @Parameter(description = "Response format: json", example = "json")
          String format,
      @HeaderParam("Idempotency-Key")
          @Parameter(
              in = ParameterIn.HEADER,
              description = "Any unique string per request; a retry sends it again",
              example = "app-7f3a-0001")
          String idempotencyKey,
      @FormParam("service_code") String serviceCode,
      @FormParam("description") String description,
      @FormParam("lat") String lat,
      @FormParam("long") String lon,
      @FormParam("address_string") String address,
      @FormParam("first_name") String firstName,
      @FormParam("last_name") String lastName,
      @FormParam("email") String email,
      @FormParam("phone") String phone,
      @FormParam("attribute[channel]") String channel,
      @FormParam("attribute[region]") String region,
      @FormParam("attribute[agency]") String agency) {
    if (Format.of(format) != Format.JSON) {
      throw new InvalidValueException(
          "format", "service requests are created in JSON only: POST requests.json.");
    }
    if (!(security.getUserPrincipal() instanceof ApiKey caller)) {
      return Response.status(401)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aduan-terbuka\"")
          .type(Problem.PROBLEM_JSON)
          .entity(
              new Problem(
                  "about:blank",
                  "Unauthorized",
                  401,
                  "Creating service requests needs an agency or operator API key, sent as"
                      + " X-API-Key or Authorization: Bearer.",
                  uri.getRequestUri().getRawPath(),
                  null))
          .build();
    }
    String name = join(firstName, lastName);
    String contact = email != null && !email.isBlank() ? email : phone;
    ComplaintSubmission submission =
        new ComplaintSubmission(
            channel(channel),
            serviceCode,
            region,
            null,
            description,
            name,
            contact,
            agency == null || agency.isBlank() ? null : AgencyCode.of(agency),
            "open311",
            null);
    IntakeReceipt receipt = intake.submit(caller, submission, idempotencyKey);
    String location = "/api/v1/complaints/" + receipt.reference().value();
    return Response.created(URI.create(location))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            List.of(
                new Open311Created(
                    receipt.reference().value(),
                    receipt.publication().isVisible() && receipt.status().isPublic()
                        ? "Diterima dan diteruskan."
                        : "Diterima; akan ditinjau sebelum dipublikasikan.")))
        .build();
  }

  private static IntakeChannel channel(String value) {
    if (value == null || value.isBlank()) {
      return IntakeChannel.MOBILE_APP;
    }
    try {
      return IntakeChannel.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "attribute[channel]", "'" + value + "' is not an intake channel, e.g. MOBILE_APP.");
    }
  }

  private static String join(String first, String last) {
    String name =
        ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
    return name.isEmpty() ? null : name;
  }
}
