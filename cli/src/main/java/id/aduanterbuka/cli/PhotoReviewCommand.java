package id.aduanterbuka.cli;

import id.aduanterbuka.evidence.EvidencePhotos;
import id.aduanterbuka.evidence.PhotoStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/aduan review photos list|show|approve|reject}: an operator looks at each submitted
 * photo (faces, number plates) before it is published.
 */
final class PhotoReviewCommand {
  static final String USAGE =
      """
      Usage: bin/aduan review photos list
             bin/aduan review photos show ID --out FILE.jpg
             bin/aduan review photos approve ID [--by NAME]
             bin/aduan review photos reject ID [--by NAME]
      """;

  private final EvidencePhotos photos;
  private final PrintStream out;

  PhotoReviewCommand(EvidencePhotos photos, PrintStream out) {
    this.photos = photos;
    this.out = out;
  }

  void run(List<String> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException(USAGE);
    }
    Map<String, String> options =
        Options.parse(
            args.subList(Math.min(args.size(), args.get(0).equals("list") ? 1 : 2), args.size()));
    String by = options.getOrDefault("--by", System.getProperty("user.name", "operator"));
    switch (args.get(0)) {
      case "list" -> list();
      case "show" -> show(id(args), options.get("--out"));
      case "approve" -> {
        photos.approve(id(args), by);
        out.println("Approved photo " + id(args) + ": published.");
      }
      case "reject" -> {
        photos.reject(id(args), by);
        out.println("Rejected photo " + id(args) + ": it will not be published.");
      }
      default ->
          throw new IllegalArgumentException(
              "unknown review photos command " + args.get(0) + "\n" + USAGE);
    }
  }

  private void list() {
    List<PhotoStore.StoredPhoto> pending = photos.pending();
    out.printf("%,d photos wait for review%n", pending.size());
    for (PhotoStore.StoredPhoto p : pending) {
      out.printf(
          "  %-8d %-16s %-6s %4dx%-4d by key %s at %s%n",
          p.id(),
          p.complaintReference(),
          p.role(),
          p.width(),
          p.height(),
          p.submittedBy(),
          p.submittedAt());
    }
  }

  private void show(long id, String file) {
    if (file == null) {
      throw new IllegalArgumentException("review photos show needs --out FILE.jpg\n" + USAGE);
    }
    PhotoStore.StoredPhoto p = photos.show(id);
    try {
      Files.write(Path.of(file), photos.reviewImage(id).bytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    out.printf(
        "Photo %d of %s: %s, %s, %dx%d, submitted by key %s at %s%s%nWrote the image to %s%n",
        p.id(),
        p.complaintReference(),
        p.role(),
        p.status(),
        p.width(),
        p.height(),
        p.submittedBy(),
        p.submittedAt(),
        p.reviewedAt() == null ? "" : "; reviewed by " + p.reviewedBy() + " at " + p.reviewedAt(),
        file);
  }

  private static long id(List<String> args) {
    if (args.size() < 2 || args.get(1).startsWith("--")) {
      throw new IllegalArgumentException(
          "review photos " + args.get(0) + " needs a photo id\n" + USAGE);
    }
    try {
      return Long.parseLong(args.get(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a photo id is a number, not '" + args.get(1) + "'");
    }
  }
}
