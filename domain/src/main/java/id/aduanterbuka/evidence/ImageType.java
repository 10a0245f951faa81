package id.aduanterbuka.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The image formats accepted for upload, recognised by their first bytes, never by a name. */
public enum ImageType {
  JPEG("image/jpeg"),
  PNG("image/png"),
  WEBP("image/webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);

  private final String mediaType;

  ImageType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type {@code content} starts like, if any: JPEG FF D8 FF, PNG's signature, RIFF…WEBP. */
  public static Optional<ImageType> detect(byte[] content) {
    if (content.length >= 3
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xff) == 0xd8
        && (content[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_TAG)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int offset, byte[] expected) {
    return content.length >= offset + expected.length
        && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
  }
}
