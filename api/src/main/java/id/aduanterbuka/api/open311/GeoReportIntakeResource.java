package id.aduanterbuka.api.open311;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
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
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
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
 * the app's API key (an agency or operator key), idempotent and audited. The body is the spec's
 * form encoding (or the same fields as a JSON object); the answer is JSON or XML by the extension.
 */
@Path("open311/v2")
@RequestScoped
@Tag(name = "Open311")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
@SecurityRequirement(name = AduanApi.API_KEY)
@APIResponse(responseCode = "401", ref = AduanApi.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = AduanApi.TOO_MANY_REQUESTS)
public class GeoReportIntakeResource {
  /** The spec's fields of POST requests, and ours ({@code attribute[…]}). */
  static final Set<String> FIELDS =
      Set.of(
          "api_key",
          "jurisdiction_id",
          "service_code",
          "description",
          "lat",
          "long",
          "address_string",
          "address_id",
          "email",
          "device_id",
          "account_id",
          "first_name",
          "last_name",
          "phone",
          "media_url",
          "attribute[channel]",
          "attribute[region]",
          "attribute[agency]");

  /** The reporter's identity fields that go, labelled, to the restricted contact. */
  private static final List<String> CONTACT_FIELDS =
      List.of("email", "phone", "device_id", "account_id");

  private Intake intake;
  private ApiKeys keys;

  @Context UriInfo uri;
  @Context SecurityContext security;

  protected GeoReportIntakeResource() {}

  @Inject
  public GeoReportIntakeResource(Intake intake, ApiKeys keys) {
    this.intake = intake;
    this.keys = keys;
  }

  @POST
  @Path("requests.{format}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Open311 create service request",
      description =
          "Submits a service request (a complaint) as the GeoReport v2 spec's POST requests, form"
              + " encoded (a JSON object with the same fields is accepted too). Needs an agency or"
              + " operator API key: in X-API-Key or Authorization: Bearer, or in the spec's api_key"
              + " field. service_code is a category code, description the citizen's text (redacted"
              + " before publication); first_name, last_name, email, phone, device_id and"
              + " account_id go only to the restricted table; lat, long, address_string,"
              + " address_id, media_url and jurisdiction_id are accepted and not stored."
              + " attribute[channel] (default MOBILE_APP), attribute[region] and attribute[agency]"
              + " are optional. The answer is JSON for requests.json, XML for requests.xml.")
  @APIResponse(
      responseCode = "201",
      description = "Created: a one-element list with the complaint reference",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Open311Created[].class)),
        @Content(
            mediaType = MediaType.TEXT_XML,
            schema =
                @Schema(
                    implementation = String.class,
                    description =
                        "<service_requests><request><service_request_id/><service_notice/>"
                            + "</request></service_requests>"))
      })
  @APIResponse(
      responseCode = "400",
      description = "A field is missing, malformed or unknown, or the format is not json or xml",
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
      @PathParam("format")
          @Parameter(description = "Response format: json or xml", example = "json")
          String format,
      @HeaderParam("Idempotency-Key")
          @Parameter(
              in = ParameterIn.HEADER,
              description = "Any unique string per request; a retry sends it again",
              example = "app-7f3a-0001")
          String idempotencyKey,
      MultivaluedMap<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : form.entrySet()) {
      if (field.getValue().size() > 1) {
        throw new InvalidValueException(
            field.getKey(),
            "send " + field.getKey() + " once, not " + field.getValue().size() + " times.");
      }
      fields.put(field.getKey(), field.getValue().isEmpty() ? null : field.getValue().get(0));
    }
    return create(Format.of(format), idempotencyKey, fields);
  }

  @POST
  @Path("requests.{format}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open311 create service request (JSON body)",
      description =
          "The same as the form-encoded request, with the fields as a JSON object of strings"
              + " (numbers are accepted for lat and long).")
  @APIResponse(
      responseCode = "201",
      description = "Created: a one-element list with the complaint reference",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Open311Created[].class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is missing, malformed or unknown, or the body is not a JSON object",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response createFromJson(
      @PathParam("format")
          @Parameter(description = "Response format: json or xml", example = "json")
          String format,
      @HeaderParam("Idempotency-Key")
          @Parameter(
              in = ParameterIn.HEADER,
              description = "Any unique string per request; a retry sends it again",
              example = "app-7f3a-0001")
          String idempotencyKey,
      String body) {
    Format as = Format.of(format);
    JsonObject object;
    try (var parser = Json.createParser(new StringReader(body == null ? "" : body))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        // JsonReader.readValue stops after the first value and ignores what follows.
        throw new InvalidValueException("body", "the body has text after its JSON value.");
      }
      if (!(value instanceof JsonObject o)) {
        throw new InvalidValueException("body", "the body must be a JSON object.");
      }
      object = o;
    } catch (JsonException e) {
      throw new InvalidValueException("body", "the body is not valid JSON.");
    } catch (InvalidValueException e) {
      throw e;
    } catch (RuntimeException e) {
      // The parser's own limits (nesting depth, digits in a number) throw other runtime
      // exceptions; each still means a body we will not read, not a server fault.
      throw new InvalidValueException("body", "the body is not valid JSON within our limits.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      JsonValue value = field.getValue();
      String text =
          switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            default ->
                throw new InvalidValueException(
                    field.getKey(), field.getKey() + " must be a string.");
          };
      fields.put(field.getKey(), text);
    }
    return create(as, idempotencyKey, fields);
  }

  private Response create(Format format, String idempotencyKey, Map<String, String> fields) {
    for (Map.Entry<String, String> field : fields.entrySet()) {
      // PostgreSQL text cannot hold U+0000: a 400 here, not a 500 from the driver on insert.
      if (field.getValue() != null && field.getValue().indexOf('\0') >= 0) {
        throw new InvalidValueException(
            field.getKey(), field.getKey() + " must not contain a NUL character.");
      }
    }
    for (String name : fields.keySet()) {
      if (!FIELDS.contains(name)) {
        throw new InvalidValueException(
            name, "unknown field '" + name + "'; known fields: " + FIELDS + ".");
      }
    }
    ApiKey caller = caller(fields.get("api_key"));
    if (caller == null) {
      return Response.status(401)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aduan-terbuka\"")
          .type(Problem.PROBLEM_JSON)
          .entity(
              new Problem(
                  "about:blank",
                  "Unauthorized",
                  401,
                  "Creating service requests needs an agency or operator API key, sent as"
                      + " X-API-Key, Authorization: Bearer or the api_key field.",
                  uri.getRequestUri().getRawPath(),
                  null))
          .build();
    }
    String agency = fields.get("attribute[agency]");
    ComplaintSubmission submission =
        new ComplaintSubmission(
            channel(fields.get("attribute[channel]")),
            fields.get("service_code"),
            fields.get("attribute[region]"),
            null,
            fields.get("description"),
            join(fields.get("first_name"), fields.get("last_name")),
            contact(fields),
            agency == null || agency.isBlank() ? null : AgencyCode.of(agency),
            "open311",
            null);
    IntakeReceipt receipt = intake.submit(caller, submission, idempotencyKey);
    String location = "/api/v1/complaints/" + receipt.reference().value();
    List<Open311Created> created =
        List.of(
            new Open311Created(
                receipt.reference().value(),
                receipt.publication().isVisible() && receipt.status().isPublic()
                    ? "Diterima dan diteruskan."
                    : "Diterima; akan ditinjau sebelum dipublikasikan."));
    Response.ResponseBuilder response = Response.created(URI.create(location));
    return (format == Format.JSON
            ? response.entity(new GenericEntity<List<Open311Created>>(created) {})
            : response.entity(Open311Xml.created(created)))
        .type(format.mediaType())
        .build();
  }

  /**
   * The key of the request's header (authenticated at the door), else the spec's {@code api_key}
   * field; null when neither is a key we issued.
   */
  private ApiKey caller(String apiKeyField) {
    if (security.getUserPrincipal() instanceof ApiKey key) {
      return key;
    }
    if (apiKeyField == null || apiKeyField.isBlank()) {
      return null;
    }
    return keys.authenticate(apiKeyField.strip()).orElse(null);
  }

  /**
   * How to reach or recognise the reporter, for the restricted table only: one value as it is, more
   * than one labelled ({@code email: …; phone: …}).
   */
  static String contact(Map<String, String> fields) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String name : CONTACT_FIELDS) {
      String value = fields.get(name);
      if (value != null && !value.isBlank()) {
        given.put(name, value.strip());
      }
    }
    if (given.isEmpty()) {
      return null;
    }
    String contact;
    if (given.size() == 1) {
      contact = given.values().iterator().next();
    } else {
      StringJoiner joined = new StringJoiner("; ");
      given.forEach((name, value) -> joined.add(name + ": " + value));
      contact = joined.toString();
    }
    if (contact.length() > ComplaintSubmission.MAX_IDENTITY) {
      throw new InvalidValueException(
          given.keySet().iterator().next(),
          String.join(", ", given.keySet())
              + " together are at most "
              + ComplaintSubmission.MAX_IDENTITY
              + " characters.");
    }
    return contact;
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
