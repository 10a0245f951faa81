package id.aduanterbuka.api.evidence;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approved photos of a complaint, before ones first. */
@Schema(description = "The approved photos of a complaint, before ones first")
public record PhotoList(String reference, List<PublicPhoto> items) {}
