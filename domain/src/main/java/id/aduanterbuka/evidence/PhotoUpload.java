package id.aduanterbuka.evidence;

import java.util.Objects;

/**
 * A photo as it arrives with an intake request, before anything has been checked of its bytes.
 *
 * @param bytes the upload exactly as sent; {@link PhotoProcessor} decides whether it is an image
 */
public record PhotoUpload(PhotoRole role, byte[] bytes) {
  public PhotoUpload {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** Never the bytes: this is what a log line would show. */
  @Override
  public String toString() {
    return "PhotoUpload[role=" + role + ", " + bytes.length + " bytes]";
  }
}
