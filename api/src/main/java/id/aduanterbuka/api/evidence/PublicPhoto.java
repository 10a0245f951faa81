package id.aduanterbuka.api.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approved photo of a complaint, with where to fetch its image. */
@Schema(description = "An approved before/after photo; metadata stripped, re-encoded as JPEG")
public record PublicPhoto(
    @Schema(example = "42") long id,
    @Schema(
            example = "after",
            enumeration = {"before", "after"})
        String role,
    @Schema(example = "1600") int width,
    @Schema(example = "1200") int height,
    @Schema(
            description = "The web size (at most 1600 px on the long side)",
            example = "https://example.org/api/v1/photos/42.jpg")
        String url,
    @Schema(
            description = "The thumbnail (at most 400 px on the long side)",
            example = "https://example.org/api/v1/photos/42.jpg?size=thumb")
        String thumbnailUrl) {}
