package id.aduanterbuka.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoProcessorTest {
  private final PhotoProcessor processor = new PhotoProcessor(PhotoLimits.DEFAULT);

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

  @Test
  void typeIsReadFromTheMagicBytes() throws IOException {
    assertEquals(Optional.of(ImageType.JPEG), ImageType.detect(encode("jpeg", 4, 4)));
    assertEquals(Optional.of(ImageType.PNG), ImageType.detect(encode("png", 4, 4)));
    byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
    assertEquals(Optional.of(ImageType.WEBP), ImageType.detect(webp));
    assertEquals(Optional.empty(), ImageType.detect("GIF89a".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), ImageType.detect(new byte[] {(byte) 0xff, (byte) 0xd8}));
  }

  @Test
  void textIsRefusedAsUnsupported() {
    PhotoRefusedException e =
        assertThrows(
            PhotoRefusedException.class,
            () -> processor.process("not an image".getBytes(StandardCharsets.UTF_8)));
    assertEquals(PhotoRefusedException.Reason.UNSUPPORTED_TYPE, e.reason());
  }

  @Test
  void aTruncatedJpegIsRefusedAsUnsupported() throws IOException {
    byte[] jpeg = encode("jpeg", 64, 64);
    byte[] truncated = java.util.Arrays.copyOf(jpeg, 20);
    PhotoRefusedException e =
        assertThrows(PhotoRefusedException.class, () -> processor.process(truncated));
    assertEquals(PhotoRefusedException.Reason.UNSUPPORTED_TYPE, e.reason());
  }

  @Test
  void tooManyPixelsAreRefusedBeforeDecoding() throws IOException {
    PhotoProcessor small = new PhotoProcessor(new PhotoLimits(1 << 20, 10_000, 1600, 400));
    PhotoRefusedException e =
        assertThrows(PhotoRefusedException.class, () -> small.process(encode("png", 200, 100)));
    assertEquals(PhotoRefusedException.Reason.TOO_LARGE, e.reason());
  }

  @Test
  void tooManyBytesAreRefused() throws IOException {
    PhotoProcessor small = new PhotoProcessor(new PhotoLimits(100, 40_000_000, 1600, 400));
    PhotoRefusedException e =
        assertThrows(PhotoRefusedException.class, () -> small.process(encode("png", 64, 64)));
    assertEquals(PhotoRefusedException.Reason.TOO_LARGE, e.reason());
  }

  @Test
  void aPngIsResizedToWebSizesAndStoredAsJpeg() throws IOException {
    ProcessedPhoto photo = processor.process(encode("png", 2000, 1000));
    assertEquals(1600, photo.width());
    assertEquals(800, photo.height());
    assertEquals(400, photo.thumbWidth());
    assertEquals(200, photo.thumbHeight());
    assertEquals(Optional.of(ImageType.JPEG), ImageType.detect(photo.web()));
    BufferedImage web = ImageIO.read(new ByteArrayInputStream(photo.web()));
    assertEquals(1600, web.getWidth());
    BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(photo.thumb()));
    assertEquals(400, thumb.getWidth());
    assertEquals(PhotoProcessor.sha256(photo.web()), photo.sha256());
  }

  @Test
  void aSmallPhotoKeepsItsSize() throws IOException {
    ProcessedPhoto photo = processor.process(encode("jpeg", 300, 200));
    assertEquals(300, photo.width());
    assertEquals(200, photo.height());
    assertEquals(300, photo.thumbWidth());
    assertArrayEquals(
        new byte[] {(byte) 0xff, (byte) 0xd8}, java.util.Arrays.copyOf(photo.thumb(), 2));
  }

  @Test
  void aWebpIsDecodedAndStoredAsJpeg() {
    // The 1×1 lossless WebP browsers' feature detection uses.
    byte[] webp =
        java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    ProcessedPhoto photo = processor.process(webp);
    assertEquals(1, photo.width());
    assertEquals(1, photo.height());
    assertEquals(Optional.of(ImageType.JPEG), ImageType.detect(photo.web()));
  }

  /** A 200×100 JPEG, red in its top-left 40×40 corner, with an Exif orientation (little-endian). */
  static byte[] jpegWithOrientation(int orientation) throws IOException {
    BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 200; x++) {
      for (int y = 0; y < 100; y++) {
        image.setRGB(x, y, x < 40 && y < 40 ? 0xff0000 : 0xffffff);
      }
    }
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", plain);
    byte[] p = plain.toByteArray();
    byte[] exif = {
      'E',
      'x',
      'i',
      'f',
      0,
      0,
      'I',
      'I',
      42,
      0,
      8,
      0,
      0,
      0, // TIFF header, IFD0 at 8
      1,
      0,
      0x12,
      0x01,
      3,
      0,
      1,
      0,
      0,
      0,
      (byte) orientation,
      0,
      0,
      0,
      0,
      0,
      0,
      0
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(p, 0, 2);
    out.write(0xff);
    out.write(0xe1);
    out.write(0);
    out.write(exif.length + 2);
    out.write(exif);
    out.write(p, 2, p.length - 2);
    return out.toByteArray();
  }

  private static boolean red(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 60;
  }

  @Test
  void theExifOrientationIsAppliedToThePixelsBeforeItIsDropped() throws IOException {
    assertEquals(6, ExifOrientation.of(jpegWithOrientation(6)));
    ProcessedPhoto photo = processor.process(jpegWithOrientation(6));
    assertEquals(100, photo.width());
    assertEquals(200, photo.height());
    BufferedImage web = ImageIO.read(new ByteArrayInputStream(photo.web()));
    // Turned 90° clockwise: the red top-left corner is now the top-right one.
    assertEquals(true, red(web, 90, 10));
    assertEquals(false, red(web, 10, 10));

    BufferedImage upsideDown =
        ImageIO.read(new ByteArrayInputStream(processor.process(jpegWithOrientation(3)).web()));
    assertEquals(200, upsideDown.getWidth());
    assertEquals(true, red(upsideDown, 190, 90));

    BufferedImage ccw =
        ImageIO.read(new ByteArrayInputStream(processor.process(jpegWithOrientation(8)).web()));
    assertEquals(100, ccw.getWidth());
    assertEquals(true, red(ccw, 10, 190));
  }

  @Test
  void aHugePhotoIsSubsampledWhileDecodingYetReachesTheWebSize() throws IOException {
    // 6600 px is more than twice 2 × 1600: every second pixel is read, then scaled as usual.
    ProcessedPhoto photo = processor.process(encode("png", 6600, 1000));
    assertEquals(1600, photo.width());
    assertEquals(242, photo.height());
  }
}
