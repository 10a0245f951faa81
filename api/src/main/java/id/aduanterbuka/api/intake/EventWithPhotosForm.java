package id.aduanterbuka.api.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of a multipart event request, for the OpenAPI document only: the resource reads the
 * parts one by one as {@code EntityPart}s.
 */
@Schema(
    name = "EventWithPhotosForm",
    description = "An event and its photos: at most 4 photo parts in all")
public record EventWithPhotosForm(
    @Schema(required = true, description = "The event, as the JSON body of the JSON request")
        EventIntakeRequest event,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = byte[].class,
            description = "Photos of the problem before the fix (JPEG, PNG or WebP)")
        List<byte[]> before,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = byte[].class,
            description = "Photos of the result after the fix (JPEG, PNG or WebP)")
        List<byte[]> after) {}
