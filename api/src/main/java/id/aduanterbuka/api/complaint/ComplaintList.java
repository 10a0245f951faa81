package id.aduanterbuka.api.complaint;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cursor page of the complaint list. */
@Schema(name = "ComplaintList")
@JsonbNillable
public record ComplaintList(
    List<ComplaintItem> items,
    @Schema(description = "Items per page asked for", example = "20") int limit,
    @Schema(description = "Cursor of the next page; null on the last page") String nextCursor,
    @Schema(description = "URL of the next page (same filters); null on the last page")
        String next) {}
