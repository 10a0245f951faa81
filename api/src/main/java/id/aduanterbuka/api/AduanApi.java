package id.aduanterbuka.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The JAX-RS application: everything under {@code /api}; version 1 lives under {@code /api/v1}. */
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
                    + " are application/problem+json (RFC 9457).",
            contact = @Contact(name = "Aduan Terbuka", url = "https://github.com/aduan-terbuka"),
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
public class AduanApi extends Application {}
