package id.aduanterbuka.api.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Images for upload tests, including a camera-like JPEG full of metadata. */
final class TestPhotos {
  /** In the EXIF of {@link #jpegWithMetadata}: where the photo was taken, and by whom. */
  static final String GPS_SECRET = "GPS -6.99321 S 110.42077 E";

  static final String OWNER_SECRET = "Budi Santoso HP 081234567890";

  private TestPhotos() {}

  static byte[] encode(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /**
   * A JPEG as a phone writes it: right after SOI an APP1 Exif segment (a TIFF IFD with the owner in
   * Artist and a GPS IFD pointer), an APP1 XMP segment and a comment (COM), all carrying the
   * secrets.
   */
  static byte[] jpegWithMetadata(int width, int height) throws IOException {
    byte[] plain = encode("jpeg", width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2); // SOI
    segment(out, 0xE1, exif());
    segment(
        out,
        0xE1,
        ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>"
                + GPS_SECRET
                + "</exif:GPSLatitude></x:xmpmeta>")
            .getBytes(StandardCharsets.US_ASCII));
    segment(out, 0xFE, OWNER_SECRET.getBytes(StandardCharsets.US_ASCII));
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
    int length = payload.length + 2;
    out.write(0xFF);
    out.write(marker);
    out.write(length >> 8);
    out.write(length & 0xff);
    out.write(payload, 0, payload.length);
  }

  /** "Exif\0\0", a big-endian TIFF header and IFD0 with Artist (0x013B) and GPSInfo (0x8825). */
  private static byte[] exif() {
    byte[] artist = (OWNER_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
    byte[] gps = (GPS_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    int ifd0 = 8;
    int ifd0Size = 2 + 2 * 12 + 4;
    int artistAt = ifd0 + ifd0Size;
    int gpsIfd = artistAt + artist.length;
    int gpsIfdSize = 2 + 12 + 4;
    int gpsAt = gpsIfd + gpsIfdSize;
    write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);
    short2(tiff, 2);
    entry(tiff, 0x013B, 2, artist.length, artistAt);
    entry(tiff, 0x8825, 4, 1, gpsIfd);
    int4(tiff, 0);
    tiff.writeBytes(artist);
    short2(tiff, 1);
    entry(tiff, 0x0002, 2, gps.length, gpsAt); // GPSLatitude, as text for the test
    int4(tiff, 0);
    tiff.writeBytes(gps);
    ByteArrayOutputStream app1 = new ByteArrayOutputStream();
    app1.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    app1.writeBytes(tiff.toByteArray());
    return app1.toByteArray();
  }

  private static void entry(ByteArrayOutputStream out, int tag, int type, int count, int value) {
    short2(out, tag);
    short2(out, type);
    int4(out, count);
    int4(out, value);
  }

  private static void write(ByteArrayOutputStream out, int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
  }

  private static void short2(ByteArrayOutputStream out, int v) {
    write(out, v >> 8 & 0xff, v & 0xff);
  }

  private static void int4(ByteArrayOutputStream out, int v) {
    write(out, v >>> 24, v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
  }

  /** Whether {@code bytes} holds the two-byte JPEG marker {@code FF xx} anywhere. */
  static boolean hasMarker(byte[] bytes, int marker) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      if ((bytes[i] & 0xff) == 0xFF && (bytes[i + 1] & 0xff) == marker) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
  }
}
