package id.aduanterbuka.publicdata;

import id.aduanterbuka.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page ended: the last complaint's receipt time and internal order, as an opaque token. */
public record ComplaintCursor(Instant receivedAt, long id) {
  public String encode() {
    String raw = receivedAt.getEpochSecond() + "." + receivedAt.getNano() + "." + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  /** Decodes a token from {@link #encode()}; anything else is a 400 on {@code cursor}. */
  public static ComplaintCursor decode(String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
      if (parts.length != 3) {
        throw new IllegalArgumentException("three parts expected");
      }
      return new ComplaintCursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          Long.parseLong(parts[2]));
    } catch (RuntimeException e) {
      throw new InvalidValueException(
          "cursor", "not a cursor from this API; use the 'next' link of the previous page.");
    }
  }
}
