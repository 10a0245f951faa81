package id.aduanterbuka.evidence;

/**
 * An upload made safe to keep: JPEG re-encoded from the pixels alone (no EXIF, GPS, XMP, ICC or
 * comments survive), in the web size and a thumbnail.
 *
 * @param sha256 lowercase hex SHA-256 of {@code web}: the photo's ETag
 */
public record ProcessedPhoto(
    byte[] web,
    int width,
    int height,
    byte[] thumb,
    int thumbWidth,
    int thumbHeight,
    String sha256) {}
