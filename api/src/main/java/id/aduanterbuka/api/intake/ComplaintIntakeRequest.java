package id.aduanterbuka.api.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/intake/complaints}, as documented; {@link IntakeJson} reads it
 * field by field so that each error names its field.
 */
@Schema(name = "ComplaintIntakeRequest", description = "A complaint as the citizen sent it")
public record ComplaintIntakeRequest(
    @Schema(required = true, description = "Intake channel", example = "WHATSAPP") String channel,
    @Schema(required = true, description = "Category code", example = "jalan-rusak")
        String category,
    @Schema(description = "Kemendagri region code", example = "33.74.01") String region,
    @Schema(
            description = "When the citizen sent it (ISO 8601 with offset); default now",
            example = "2026-11-20T08:15:00+07:00")
        String receivedAt,
    @Schema(
            required = true,
            description =
                "What the citizen wrote, unredacted: it is redacted before publication and kept"
                    + " whole only in the restricted table",
            example = "Jalan di depan SD Negeri 3 berlubang besar sejak sebulan.")
        String text,
    @Schema(description = "Reporter's name; restricted, never published", example = "Siti Aminah")
        String reporterName,
    @Schema(
            description = "Reporter's phone or e-mail; restricted, never published",
            example = "081234567890")
        String reporterContact,
    @Schema(
            description = "Agency to route it to; an agency key's own agency by default",
            example = "DPU-3374")
        String agency,
    @Schema(description = "The sending system, for the audit log", example = "lapor-sp4n")
        String sourceSystem,
    @Schema(description = "The complaint's id in the sending system", example = "LPR-88123")
        String sourceId) {}
