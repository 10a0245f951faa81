package id.aduanterbuka.access;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application service for API keys: issue, list, revoke, and authenticate a key presented with a
 * request. A key is {@code at_<prefix>_<secret>}: the prefix (8 base32 characters) is its public
 * name, the secret 256 random bits in base64url, of which only the SHA-256 is stored.
 *
 * <p>Authentication reads the store at most once per {@link #AUTHENTICATION_TTL} per prefix, so a
 * key revoked elsewhere (by {@code bin/aduan keys revoke}) stops working within that time; a key's
 * last use is written at most once per {@link #USE_RESOLUTION}.
 */
@ApplicationScoped
public class ApiKeys {
  /** How long a read of a key is trusted: revocation by another process takes effect within it. */
  public static final Duration AUTHENTICATION_TTL = Duration.ofSeconds(10);

  /** A key's last use is recorded at most this often, not on every request. */
  public static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

  private static final String START = "at_";
  private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int PREFIX_LENGTH = 8;
  private static final int SECRET_BYTES = 32;
  private static final int TOKEN_LENGTH = START.length() + PREFIX_LENGTH + 1 + 43;
  private static final Pattern TOKEN = Pattern.compile("at_([a-z2-7]{8})_([A-Za-z0-9_-]{43})");
  private static final int ISSUE_ATTEMPTS = 5;
  private static final int MAX_CACHED_PREFIXES = 10_000;

  private ApiKeyStore store;
  private InstantSource clock;
  private SecureRandom random;
  private final ConcurrentHashMap<String, Lookup> lookups = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Instant> usesRecorded = new ConcurrentHashMap<>();

  /** What the store said about a prefix (perhaps: no such key), and when. */
  private record Lookup(Optional<ApiKeyStore.StoredKey> stored, Instant at) {}

  protected ApiKeys() {}

  @Inject
  public ApiKeys(ApiKeyStore store) {
    this(store, Clock.systemUTC(), new SecureRandom());
  }

  public ApiKeys(ApiKeyStore store, InstantSource clock, SecureRandom random) {
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    this.random = Objects.requireNonNull(random);
  }

  /**
   * Issues a key. {@code agency} is required for {@link KeyKind#AGENCY} keys and refused for the
   * others; {@code label} says who holds the key.
   *
   * @throws id.aduanterbuka.shared.InvalidValueException for a missing or misplaced agency, or a
   *     blank or overlong label
   * @throws NotFoundException when the agency does not exist
   */
  public IssuedKey issue(KeyKind kind, AgencyCode agency, String label) {
    Objects.requireNonNull(kind, "kind");
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String stripped = label == null ? null : label.strip();
    for (int attempt = 0; attempt < ISSUE_ATTEMPTS; attempt++) {
      ApiKey key = new ApiKey(0, prefix(), kind, agency, stripped, now, null, null);
      byte[] bytes = new byte[SECRET_BYTES];
      random.nextBytes(bytes);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Optional<ApiKey> stored = store.add(key, sha256(secret));
      if (stored.isPresent()) {
        return new IssuedKey(stored.get(), START + key.prefix() + "_" + secret);
      }
    }
    throw new IllegalStateException("no free key prefix in " + ISSUE_ATTEMPTS + " attempts");
  }

  /** Every key issued, revoked ones too, oldest first. Never a secret. */
  public List<ApiKey> list() {
    return store.list();
  }

  /**
   * Revokes a key by its prefix, at once in this process and within {@link #AUTHENTICATION_TTL} in
   * others. Revoking a revoked key keeps its first revocation time.
   */
  public ApiKey revoke(String prefix) {
    ApiKey revoked =
        store
            .revoke(prefix, clock.instant().truncatedTo(ChronoUnit.MICROS))
            .orElseThrow(() -> new NotFoundException("API key", prefix));
    lookups.remove(prefix);
    return revoked;
  }

  /**
   * The key a request presented, if it is one we issued and did not revoke. Malformed, unknown,
   * revoked and wrong-secret keys are all simply empty: the caller tells the client no more.
   */
  public Optional<ApiKey> authenticate(String presented) {
    if (presented == null || presented.length() != TOKEN_LENGTH) {
      return Optional.empty();
    }
    Matcher token = TOKEN.matcher(presented);
    if (!token.matches()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiKeyStore.StoredKey> stored = lookup(token.group(1), now);
    if (stored.isEmpty()
        || !MessageDigest.isEqual(stored.get().secretHash(), sha256(token.group(2)))
        || stored.get().key().isRevoked()) {
      return Optional.empty();
    }
    ApiKey key = stored.get().key();
    recordUse(key, now);
    return Optional.of(key);
  }

  private Optional<ApiKeyStore.StoredKey> lookup(String prefix, Instant now) {
    Lookup cached = lookups.get(prefix);
    if (cached != null && fresh(cached, now)) {
      return cached.stored();
    }
    if (lookups.size() >= MAX_CACHED_PREFIXES) {
      lookups.values().removeIf(l -> !fresh(l, now));
      if (lookups.size() >= MAX_CACHED_PREFIXES) {
        lookups.clear(); // a flood of made-up prefixes: forget them rather than grow
      }
    }
    Optional<ApiKeyStore.StoredKey> stored = store.find(prefix);
    lookups.put(prefix, new Lookup(stored, now));
    return stored;
  }

  /** Read within the TTL, and not "in the future" (a clock set back must not extend it). */
  private static boolean fresh(Lookup lookup, Instant now) {
    return !now.isBefore(lookup.at()) && now.isBefore(lookup.at().plus(AUTHENTICATION_TTL));
  }

  private void recordUse(ApiKey key, Instant now) {
    boolean[] due = {false};
    usesRecorded.compute(
        key.id(),
        (id, recorded) -> {
          Instant last = recorded != null ? recorded : key.lastUsedAt();
          if (last == null || !now.isBefore(last.plus(USE_RESOLUTION)) || now.isBefore(last)) {
            due[0] = true;
            return now;
          }
          return last;
        });
    if (due[0]) {
      store.recordUse(key.id(), now.truncatedTo(ChronoUnit.MICROS));
    }
  }

  private String prefix() {
    char[] prefix = new char[PREFIX_LENGTH];
    for (int i = 0; i < prefix.length; i++) {
      prefix[i] = PREFIX_ALPHABET[random.nextInt(PREFIX_ALPHABET.length)];
    }
    return new String(prefix);
  }

  /**
   * A fast hash is enough: the secret is 256 random bits, so unlike a password it cannot be guessed
   * from its hash whatever the hash costs; a slow hash would only cost CPU on every request.
   */
  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
