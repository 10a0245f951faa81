package id.aduanterbuka.api;

import id.aduanterbuka.api.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JAX-RS application: everything under {@code /api}; version 1 lives under {@code /api/v1}.
 * Also the OpenAPI parts every operation shares: the optional API key, and the 401 and 429
 * responses each resource refers to by name ({@link #UNAUTHORIZED}, {@link #TOO_MANY_REQUESTS}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Aduan Terbuka open API",
            version = "1",
            description =
                "Anonymized public complaints, how fast and how well each government agency (OPD)"
                    + " answers them, agencies' official channels and public service mall (MPP)"
                    + " catalogues. All data is public; no personal data is ever served. Errors"
                    + " are application/problem+json (RFC 9457). Reading needs no key; an API key"
                    + " from the instance's operator gives a client its own, higher rate limit.",
            contact = @Contact(name = "Aduan Terbuka", url = "https://github.com/aduan-terbuka"),
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    // Either no key at all (the empty set) or the key: reading is anonymous, a key is optional.
    securitySets = {
      @SecurityRequirementsSet({}),
      @SecurityRequirementsSet(@SecurityRequirement(name = AduanApi.API_KEY))
    },
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = AduanApi.API_KEY,
                    type = SecuritySchemeType.APIKEY,
                    in = SecuritySchemeIn.HEADER,
                    apiKeyName = "X-API-Key",
                    description =
                        "Optional for reading. A key issued by the instance's operator, sent as"
                            + " X-API-Key (or Authorization: Bearer <key>): the client gets its own"
                            + " rate limit instead of its IP address's. A wrong, revoked or"
                            + " malformed key is refused with 401, never ignored."),
            responses = {
              @APIResponse(
                  name = AduanApi.UNAUTHORIZED,
                  responseCode = "401",
                  description =
                      "The API key sent is unknown, revoked or malformed (send none to read"
                          + " anonymously)",
                  headers =
                      @Header(
                          name = "WWW-Authenticate",
                          description = "Bearer realm=\"aduan-terbuka\", error=\"invalid_token\"",
                          schema = @Schema(implementation = String.class)),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = AduanApi.TOO_MANY_REQUESTS,
                  responseCode = "429",
                  description = "Too many requests from this client or API key; see Retry-After",
                  headers =
                      @Header(
                          name = "Retry-After",
                          description = "Seconds until the next request is allowed",
                          schema = @Schema(implementation = Integer.class)),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
public class AduanApi extends Application {
  /** The security scheme of the optional API key. */
  public static final String API_KEY = "apiKey";

  /** The shared 401 response, for {@code @APIResponse(responseCode = "401", ref = …)}. */
  public static final String UNAUTHORIZED = "Unauthorized";

  /** The shared 429 response, for {@code @APIResponse(responseCode = "429", ref = …)}. */
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  /**
   * Jersey buffers this many bytes of a response to send it with a {@code Content-Length} (after
   * gzip); larger ones are chunked. 64 KiB holds a full page of 100 complaints, so clients see how
   * much is coming (Jersey's default, 8 KiB, chunked even a page of 20).
   */
  static final int CONTENT_LENGTH_BUFFER = 64 * 1024;

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, CONTENT_LENGTH_BUFFER);
  }
}
