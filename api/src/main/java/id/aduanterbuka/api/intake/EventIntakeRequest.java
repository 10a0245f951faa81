package id.aduanterbuka.api.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/intake/complaints/{reference}/events}, as documented. */
@Schema(name = "EventIntakeRequest", description = "A step of a complaint's timeline")
public record EventIntakeRequest(
    @Schema(
            required = true,
            description =
                "VERIFIED, ROUTED, RESPONDED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED or REOPENED;"
                    + " agency keys report RESPONDED, IN_PROGRESS and RESOLVED",
            example = "RESPONDED")
        String type,
    @Schema(
            description = "When it happened (ISO 8601 with offset); default now",
            example = "2026-11-21T10:00:00+07:00")
        String occurredAt,
    @Schema(
            description =
                "Note for the public timeline; redacted, and withheld when the redactor is unsure",
            example = "Tim sudah meninjau lokasi, perbaikan dijadwalkan minggu depan.")
        String note,
    @Schema(
            description = "Agency that acted or is routed to; an agency key's own by default",
            example = "DPU-3374")
        String agency) {}
