package id.aduanterbuka.cli;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.IssuedKey;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bin/aduan keys create|list|revoke}: the operator issues API keys and takes them back. A
 * new key is printed once, alone on standard output (so {@code > file} keeps just the key), with
 * the warning on standard error; nothing else ever shows a secret.
 */
final class KeysCommand {
  static final String USAGE =
      """
      Usage: bin/aduan keys create --kind agency|operator|reader [--agency CODE] --label TEXT
             bin/aduan keys list
             bin/aduan keys revoke PREFIX
      """;

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

  private final ApiKeys keys;
  private final PrintStream out;
  private final PrintStream err;

  KeysCommand(ApiKeys keys, PrintStream out, PrintStream err) {
    this.keys = keys;
    this.out = out;
    this.err = err;
  }

  void run(List<String> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException(USAGE);
    }
    switch (args.get(0)) {
      case "create" -> create(Options.parse(args.subList(1, args.size())));
      case "list" -> {
        if (args.size() > 1) {
          throw new IllegalArgumentException("keys list takes no options\n" + USAGE);
        }
        list();
      }
      case "revoke" -> revoke(args);
      default ->
          throw new IllegalArgumentException("unknown keys command " + args.get(0) + "\n" + USAGE);
    }
  }

  private void create(Map<String, String> options) {
    options.keySet().stream()
        .filter(k -> !Set.of("--kind", "--agency", "--label").contains(k))
        .findFirst()
        .ifPresent(
            k -> {
              throw new IllegalArgumentException("unknown option " + k + "\n" + USAGE);
            });
    for (String required : List.of("--kind", "--label")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("keys create needs " + required + "\n" + USAGE);
      }
    }
    String agency = options.get("--agency");
    IssuedKey issued =
        keys.issue(
            KeyKind.parse(options.get("--kind")),
            agency == null ? null : AgencyCode.of(agency),
            options.get("--label"));
    ApiKey key = issued.key();
    err.println(
        "Created "
            + key.kind().name().toLowerCase(java.util.Locale.ROOT)
            + " key "
            + key.prefix()
            + (key.agency() == null ? "" : " for " + key.agency())
            + " (\""
            + key.label()
            + "\"). Its holder sends it as the header X-API-Key (or Authorization: Bearer).");
    out.println(issued.token());
    err.println(
        "Store it now, somewhere safe: it is shown only this once and cannot be recovered (only a"
            + " hash is kept). Lost it? Revoke "
            + key.prefix()
            + " and create another.");
  }

  private void list() {
    List<ApiKey> all = keys.list();
    out.printf("%,d API keys (secrets are never shown)%n", all.size());
    if (all.isEmpty()) {
      return;
    }
    out.printf(
        "  %-8s  %-8s  %-14s  %-17s  %-17s  %-17s  %s%n",
        "PREFIX", "KIND", "AGENCY", "CREATED", "REVOKED", "LAST USED", "LABEL");
    for (ApiKey k : all) {
      out.printf(
          "  %-8s  %-8s  %-14s  %-17s  %-17s  %-17s  %s%n",
          k.prefix(),
          k.kind().name().toLowerCase(java.util.Locale.ROOT),
          k.agency() == null ? "-" : k.agency(),
          minute(k.createdAt()),
          minute(k.revokedAt()),
          k.lastUsedAt() == null ? "never" : minute(k.lastUsedAt()),
          k.label());
    }
  }

  private void revoke(List<String> args) {
    if (args.size() != 2 || args.get(1).startsWith("--")) {
      throw new IllegalArgumentException("keys revoke needs one key prefix\n" + USAGE);
    }
    ApiKey revoked = keys.revoke(args.get(1));
    out.println(
        "Revoked "
            + revoked.prefix()
            + " ("
            + revoked.label()
            + ") at "
            + minute(revoked.revokedAt())
            + ". A running instance refuses it within "
            + ApiKeys.AUTHENTICATION_TTL.toSeconds()
            + " s.");
  }

  private static String minute(Instant at) {
    return at == null ? "-" : MINUTE.format(at);
  }
}
