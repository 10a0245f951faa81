package id.aduanterbuka.evidence;

/**
 * What an upload may be and what is kept of it.
 *
 * @param maxBytes the largest upload accepted, in bytes
 * @param maxPixels the most pixels (width × height) an upload may decode to: a small file can
 *     declare a huge image, and decoding it would exhaust memory
 * @param webLongSide the long side of the stored web size, in pixels
 * @param thumbLongSide the long side of the stored thumbnail, in pixels
 */
public record PhotoLimits(long maxBytes, long maxPixels, int webLongSide, int thumbLongSide) {
  public static final PhotoLimits DEFAULT = new PhotoLimits(10L << 20, 40_000_000L, 1600, 400);

  /**
   * The defaults, with {@code ADUAN_PHOTO_MAX_MB} and {@code ADUAN_PHOTO_MAX_MEGAPIXELS} from
   * {@code environment} when set.
   */
  public static PhotoLimits from(java.util.Map<String, String> environment) {
    return new PhotoLimits(
        number(environment, "ADUAN_PHOTO_MAX_MB", DEFAULT.maxBytes() >> 20) << 20,
        number(environment, "ADUAN_PHOTO_MAX_MEGAPIXELS", DEFAULT.maxPixels() / 1_000_000)
            * 1_000_000,
        DEFAULT.webLongSide(),
        DEFAULT.thumbLongSide());
  }

  private static long number(java.util.Map<String, String> environment, String name, long dflt) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      return dflt;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
  }

  public PhotoLimits {
    if (maxBytes < 1 || maxPixels < 1 || webLongSide < 1 || thumbLongSide < 1) {
      throw new IllegalArgumentException("photo limits must be positive");
    }
  }
}
