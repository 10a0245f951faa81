package id.aduanterbuka.api.open311;

import id.aduanterbuka.shared.InvalidValueException;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** The response formats Open311 clients choose by the resource's extension. */
enum Format {
  JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")),
  XML(MediaType.TEXT_XML_TYPE.withCharset("utf-8"));

  private final MediaType mediaType;

  Format(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type the spec asks for, with its UTF-8 charset. */
  MediaType mediaType() {
    return mediaType;
  }

  /** {@code json} or {@code xml}; anything else is a 400 on {@code format}. */
  static Format of(String extension) {
    return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "xml" -> XML;
      default ->
          throw new InvalidValueException(
              "format",
              "'." + extension + "' is not a format of this API; end the path with .json or .xml.");
    };
  }
}
