package id.aduanterbuka.evidence;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG, applied to its pixels before the metadata is dropped: phones
 * store a portrait photo as landscape pixels plus "rotate 90°", and without the tag it would be
 * published sideways.
 */
final class ExifOrientation {
  private static final int ORIENTATION_TAG = 0x0112;

  private ExifOrientation() {}

  /** The orientation (1–8) in the JPEG's Exif segment; 1 (as stored) when absent or unreadable. */
  static int of(byte[] jpeg) {
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
      int marker = jpeg[i + 1] & 0xff;
      int length = (jpeg[i + 2] & 0xff) << 8 | jpeg[i + 3] & 0xff;
      if (marker == 0xda || length < 2) {
        break; // image data begins: no more metadata segments
      }
      int start = i + 4;
      if (marker == 0xe1
          && start + 6 <= jpeg.length
          && new String(jpeg, start, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
              .equals("Exif\0\0")) {
        int found = fromTiff(jpeg, start + 6, Math.min(jpeg.length, i + 2 + length));
        return found >= 1 && found <= 8 ? found : 1;
      }
      i += 2 + length;
    }
    return 1;
  }

  private static int fromTiff(byte[] b, int tiff, int end) {
    if (tiff + 8 > end) {
      return 1;
    }
    boolean little = b[tiff] == 'I';
    int ifd = tiff + int32(b, tiff + 4, little);
    if (ifd < tiff || ifd + 2 > end) {
      return 1;
    }
    int entries = int16(b, ifd, little);
    for (int e = 0; e < entries; e++) {
      int at = ifd + 2 + e * 12;
      if (at + 12 > end) {
        return 1;
      }
      if (int16(b, at, little) == ORIENTATION_TAG) {
        return int16(b, at + 8, little);
      }
    }
    return 1;
  }

  private static int int16(byte[] b, int at, boolean little) {
    int x = b[at] & 0xff;
    int y = b[at + 1] & 0xff;
    return little ? y << 8 | x : x << 8 | y;
  }

  private static int int32(byte[] b, int at, boolean little) {
    int hi = int16(b, little ? at + 2 : at, little);
    int lo = int16(b, little ? at : at + 2, little);
    return hi << 16 | lo;
  }

  /** The image as it should be seen, for EXIF orientation 1–8. */
  static BufferedImage apply(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirror horizontally
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // rotate 180°
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirror vertically
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transpose
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // rotate 90° clockwise
      case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transverse
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w); // rotate 90° counter-clockwise
      default -> {}
    }
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
