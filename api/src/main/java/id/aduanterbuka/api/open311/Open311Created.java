package id.aduanterbuka.api.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The spec's answer to POST requests: the new request's id (our reference) and a notice. */
@Schema(name = "Open311Created", description = "A created service request")
public record Open311Created(
    @JsonbProperty("service_request_id")
        @Schema(name = "service_request_id", example = "ADU-2026-0020001")
        String serviceRequestId,
    @JsonbProperty("service_notice")
        @Schema(name = "service_notice", example = "Diterima dan diteruskan.")
        String serviceNotice) {}
