package id.aduanterbuka.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into a {@link ProcessedPhoto}: the type is read from the content, the declared
 * size is checked before any pixel is decoded, and only the decoded pixels are encoded again —
 * which is what strips every metadata block, whatever its format. Plain JDK ImageIO (the {@code
 * java.desktop} module), so the rules stay in the domain; WebP needs an ImageIO reader plugin on
 * the class path and is refused with a clear message without one.
 */
public class PhotoProcessor {
  private static final float JPEG_QUALITY = 0.85f;

  private final PhotoLimits limits;

  public PhotoProcessor(PhotoLimits limits) {
    this.limits = limits;
  }

  public PhotoLimits limits() {
    return limits;
  }

  /**
   * @throws PhotoRefusedException for content that is not JPEG, PNG or WebP, cannot be decoded, or
   *     is over the byte or pixel limit
   */
  public ProcessedPhoto process(byte[] upload) {
    if (upload.length > limits.maxBytes()) {
      throw tooManyBytes();
    }
    ImageType type =
        ImageType.detect(upload)
            .orElseThrow(
                () ->
                    new PhotoRefusedException(
                        PhotoRefusedException.Reason.UNSUPPORTED_TYPE,
                        "The content is not a JPEG, PNG or WebP image (the type is read from the"
                            + " bytes, not from the name or Content-Type)."));
    BufferedImage pixels =
        ExifOrientation.apply(
            decode(upload, type), type == ImageType.JPEG ? ExifOrientation.of(upload) : 1);
    BufferedImage web = scale(opaque(pixels), limits.webLongSide());
    BufferedImage thumb = scale(web, limits.thumbLongSide());
    byte[] webBytes = jpeg(web);
    return new ProcessedPhoto(
        webBytes,
        web.getWidth(),
        web.getHeight(),
        jpeg(thumb),
        thumb.getWidth(),
        thumb.getHeight(),
        sha256(webBytes),
        upload.length,
        type);
  }

  public PhotoRefusedException tooManyBytes() {
    return new PhotoRefusedException(
        PhotoRefusedException.Reason.TOO_LARGE,
        "The photo is larger than " + (limits.maxBytes() >> 20) + " MB; send a smaller one.");
  }

  private BufferedImage decode(byte[] upload, ImageType type) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
    if (!readers.hasNext()) {
      // In an application server ImageIO registered its plugins with another class loader than
      // the WAR's: look again with this thread's (the WAR's, where the WebP reader is).
      ImageIO.scanForPlugins();
      readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
    }
    if (!readers.hasNext()) {
      throw new PhotoRefusedException(
          PhotoRefusedException.Reason.UNSUPPORTED_TYPE,
          type + " images cannot be read on this server; send JPEG or PNG.");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      reader.setInput(in, true, true);
      long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
      if (pixels > limits.maxPixels()) {
        throw new PhotoRefusedException(
            PhotoRefusedException.Reason.TOO_LARGE,
            "The photo has "
                + pixels / 1_000_000
                + " megapixels; at most "
                + limits.maxPixels() / 1_000_000
                + " are accepted.");
      }
      // A 40-megapixel photo is 160 MB of pixels: read every n-th pixel when even that is at
      // least twice the web size, so memory stays small and quality is the same after scaling.
      int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
      int step = Math.max(1, longest / (2 * limits.webLongSide()));
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage image = reader.read(0, param);
      if (image == null) {
        throw unreadable(type);
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof PhotoRefusedException refused) {
        throw refused;
      }
      throw unreadable(type);
    } finally {
      reader.dispose();
    }
  }

  private static PhotoRefusedException unreadable(ImageType type) {
    return new PhotoRefusedException(
        PhotoRefusedException.Reason.UNSUPPORTED_TYPE,
        "The content starts like a " + type + " image but cannot be decoded as one.");
  }

  /** RGB on white: JPEG has no alpha, and CMYK or indexed images are normalised on the way. */
  private static BufferedImage opaque(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  /** At most {@code longSide} on the long side, halving step by step so detail is averaged. */
  static BufferedImage scale(BufferedImage image, int longSide) {
    BufferedImage current = image;
    int longest = Math.max(current.getWidth(), current.getHeight());
    while (longest > longSide) {
      double factor = Math.max(0.5, (double) longSide / longest);
      int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
      int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
      BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = next.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(current, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      current = next;
      longest = Math.max(w, h);
    }
    return current;
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      // No metadata passed: the writer emits only its JFIF header, nothing from the upload.
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
