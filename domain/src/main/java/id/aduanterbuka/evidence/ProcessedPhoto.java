package id.aduanterbuka.evidence;

/**
 * An upload made safe to keep: JPEG re-encoded from the pixels alone (no EXIF, GPS, XMP, ICC or
 * comments survive), in the web size and a thumbnail.
 *
 * @param sha256 lowercase hex SHA-256 of {@code web}: the photo's ETag
 * @param uploadBytes the size of the upload it was made from, for the audit log
 * @param uploadType the upload's type as read from its first bytes, for the audit log
 */
public record ProcessedPhoto(
    byte[] web,
    int width,
    int height,
    byte[] thumb,
    int thumbWidth,
    int thumbHeight,
    String sha256,
    int uploadBytes,
    ImageType uploadType) {}
