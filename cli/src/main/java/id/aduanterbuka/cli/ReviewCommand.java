package id.aduanterbuka.cli;

import id.aduanterbuka.privacy.PiiEntity;
import id.aduanterbuka.privacy.PublicationGate;
import id.aduanterbuka.privacy.Redaction;
import id.aduanterbuka.privacy.RedactionStore;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/aduan review list|show|approve|edit|withhold} and {@code bin/aduan redact-all}: the
 * operator's side of the publication gate. Shows original texts, so it is an operator tool only.
 */
final class ReviewCommand {
  static final String USAGE =
      """
      Usage: bin/aduan review list [--page N] [--size N]
             bin/aduan review show REFERENCE
             bin/aduan review approve REFERENCE [--by NAME] [--note TEXT]
             bin/aduan review edit REFERENCE --text TEXT [--by NAME] [--note TEXT]
             bin/aduan review withhold REFERENCE [--by NAME] [--note TEXT]
      """;

  private final PublicationGate gate;
  private final PrintStream out;

  ReviewCommand(PublicationGate gate, PrintStream out) {
    this.gate = gate;
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
    String note = options.get("--note");
    switch (args.get(0)) {
      case "list" ->
          list(
              new PageRequest(
                  Options.integer(options, "--page", 1), Options.integer(options, "--size", 20)));
      case "show" -> show(reference(args));
      case "approve" -> {
        gate.approve(reference(args), by, note);
        out.println("Approved " + reference(args) + ": published.");
      }
      case "edit" -> {
        String text = options.get("--text");
        if (text == null) {
          throw new IllegalArgumentException("review edit needs --text\n" + USAGE);
        }
        Redaction stored = gate.edit(reference(args), text, by, note);
        out.println(
            "Published the edited text of " + reference(args) + ":\n" + stored.redactedText());
      }
      case "withhold" -> {
        gate.withhold(reference(args), by, note);
        out.println("Withheld " + reference(args) + ": its text will not be published.");
      }
      default ->
          throw new IllegalArgumentException(
              "unknown review command " + args.get(0) + "\n" + USAGE);
    }
  }

  void rerun() {
    PublicationGate.RerunSummary s = gate.rerun();
    out.printf(
        "Redacted %,d complaints again: %,d published, %,d waiting for review, %,d withheld.%n",
        s.complaints(), s.published(), s.pendingReview(), s.withheld());
  }

  private void list(PageRequest page) {
    Page<RedactionStore.Pending> pending = gate.pending(page);
    out.printf(
        "%,d complaints wait for review (page %d of %d)%n",
        pending.totalItems(), pending.page(), pending.totalPages());
    for (RedactionStore.Pending p : pending.items()) {
      out.printf("  %-16s %s  %s%n", p.reference(), p.receivedAt().toLocalDate(), p.category());
    }
  }

  private void show(String reference) {
    PublicationGate.ReviewCase c = gate.show(reference);
    Redaction r = c.redaction();
    out.println(
        "Complaint "
            + reference
            + (c.decision() == null ? "" : " (decided: " + c.decision() + ")"));
    out.println("--- original (restricted) ---\n" + c.originalText());
    out.println("--- redacted ---\n" + r.redactedText());
    out.println("--- found ---");
    for (PiiEntity e : r.entities()) {
      out.printf("  %-14s %4d-%-4d %s%n", e.type(), e.start(), e.end(), e.rule());
    }
    out.println("--- residual risk ---");
    if (r.residualRisks().isEmpty()) {
      out.println("  none");
    }
    r.residualRisks().forEach(risk -> out.println("  " + risk));
  }

  private static String reference(List<String> args) {
    if (args.size() < 2 || args.get(1).startsWith("--")) {
      throw new IllegalArgumentException(
          "review " + args.get(0) + " needs a complaint reference\n" + USAGE);
    }
    return args.get(1);
  }
}
