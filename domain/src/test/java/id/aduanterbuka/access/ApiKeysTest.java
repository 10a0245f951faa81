package id.aduanterbuka.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issuing, authenticating and revoking keys, over a store that counts what it is asked. */
class ApiKeysTest {
  private static final AgencyCode DINKES = AgencyCode.of("DINKES-3374");

  /** Keeps keys in memory like the database would; counts reads and writes of last use. */
  private static final class MemoryStore implements ApiKeyStore {
    final Map<String, StoredKey> keys = new LinkedHashMap<>();
    final List<String> finds = new ArrayList<>();
    final List<Instant> uses = new ArrayList<>();

    @Override
    public Optional<ApiKey> add(ApiKey key, byte[] secretHash) {
      if (keys.containsKey(key.prefix())) {
        return Optional.empty();
      }
      ApiKey stored = with(key, keys.size() + 1L, null, null);
      keys.put(key.prefix(), new StoredKey(stored, secretHash));
      return Optional.of(stored);
    }

    @Override
    public Optional<StoredKey> find(String prefix) {
      finds.add(prefix);
      return Optional.ofNullable(keys.get(prefix));
    }

    @Override
    public List<ApiKey> list() {
      return keys.values().stream().map(StoredKey::key).toList();
    }

    @Override
    public Optional<ApiKey> revoke(String prefix, Instant at) {
      StoredKey s = keys.get(prefix);
      if (s == null) {
        return Optional.empty();
      }
      ApiKey k = s.key();
      ApiKey revoked = with(k, k.id(), k.revokedAt() == null ? at : k.revokedAt(), k.lastUsedAt());
      keys.put(prefix, new StoredKey(revoked, s.secretHash()));
      return Optional.of(revoked);
    }

    @Override
    public void recordUse(long id, Instant at) {
      uses.add(at);
    }

    private static ApiKey with(ApiKey k, long id, Instant revokedAt, Instant lastUsedAt) {
      return new ApiKey(
          id, k.prefix(), k.kind(), k.agency(), k.label(), k.createdAt(), revokedAt, lastUsedAt);
    }
  }

  private final MemoryStore store = new MemoryStore();
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-24T03:00:00Z"));
  private final ApiKeys keys = new ApiKeys(store, now::get, new SecureRandom());

  private void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void anIssuedKeyHasTheDocumentedFormatAndAuthenticates() {
    IssuedKey issued = keys.issue(KeyKind.AGENCY, DINKES, " Tim data Dinkes ");

    assertTrue(issued.token().matches("at_[a-z2-7]{8}_[A-Za-z0-9_-]{43}"), issued.token());
    assertEquals("at_" + issued.key().prefix() + "_", issued.token().substring(0, 12));
    assertEquals("Tim data Dinkes", issued.key().label());
    assertEquals(DINKES, issued.key().agency());
    assertEquals(issued.key(), keys.authenticate(issued.token()).orElseThrow());
  }

  @Test
  void theStoreKeepsAHashNotTheSecret() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");

    byte[] hash = store.keys.get(issued.key().prefix()).secretHash();
    assertEquals(32, hash.length, "SHA-256");
    String secret = issued.token().substring(12);
    assertFalse(new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret));
  }

  @Test
  void anIssuedKeyNeverShowsItsSecretAsAString() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");

    assertFalse(issued.toString().contains(issued.token().substring(12)), issued.toString());
  }

  @Test
  void twoKeysGetDifferentPrefixesAndSecrets() {
    IssuedKey a = keys.issue(KeyKind.READER, null, "A");
    IssuedKey b = keys.issue(KeyKind.READER, null, "B");

    assertFalse(a.key().prefix().equals(b.key().prefix()));
    assertFalse(a.token().substring(12).equals(b.token().substring(12)));
  }

  @Test
  void aWrongSecretWithARealPrefixIsRefused() {
    IssuedKey issued = keys.issue(KeyKind.OPERATOR, null, "Operator");
    String token = issued.token();
    char last = token.charAt(token.length() - 1);
    String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertTrue(keys.authenticate(forged).isEmpty());
  }

  @Test
  void malformedKeysAreRefusedWithoutAskingTheStore() {
    for (String presented :
        new String[] {
          null,
          "",
          "at_",
          "secret",
          "at_abcdefgh_" + "x".repeat(42),
          "at_ABCDEFGH_" + "x".repeat(43),
          "xx_abcdefgh_" + "x".repeat(43),
          "at_abcdefgh_" + "x".repeat(42) + "=",
          "at_abcdefgh_" + "x".repeat(10_000)
        }) {
      assertTrue(keys.authenticate(presented).isEmpty(), presented);
    }
    assertEquals(List.of(), store.finds);
  }

  @Test
  void anUnknownKeyIsRefused() {
    assertTrue(keys.authenticate("at_abcdefgh_" + "x".repeat(43)).isEmpty());
  }

  @Test
  void aRevokedKeyIsRefusedAtOnceInTheProcessThatRevokedIt() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");
    assertTrue(keys.authenticate(issued.token()).isPresent());

    ApiKey revoked = keys.revoke(issued.key().prefix());

    assertEquals(now.get(), revoked.revokedAt());
    assertTrue(keys.authenticate(issued.token()).isEmpty());
  }

  @Test
  void aKeyRevokedElsewhereStopsWorkingWithinTheCacheTime() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");
    assertTrue(keys.authenticate(issued.token()).isPresent());
    new ApiKeys(store, now::get, new SecureRandom()).revoke(issued.key().prefix());

    advance(ApiKeys.AUTHENTICATION_TTL.minusSeconds(1));
    assertTrue(keys.authenticate(issued.token()).isPresent(), "still cached");
    advance(Duration.ofSeconds(1));
    assertTrue(keys.authenticate(issued.token()).isEmpty(), "read again after the TTL");
  }

  @Test
  void repeatedAuthenticationsReadTheStoreOncePerCacheTime() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");
    String unknown = "at_abcdefgh_" + "x".repeat(43);

    for (int i = 0; i < 50; i++) {
      keys.authenticate(issued.token());
      keys.authenticate(unknown);
    }

    assertEquals(List.of(issued.key().prefix(), "abcdefgh"), store.finds);
  }

  @Test
  void aClockSetBackDoesNotKeepAnAnswerForever() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");
    keys.authenticate(issued.token());

    advance(Duration.ofHours(-1));
    keys.authenticate(issued.token());

    assertEquals(2, store.finds.size());
  }

  @Test
  void lastUseIsRecordedAtMostOnceAMinute() {
    IssuedKey issued = keys.issue(KeyKind.READER, null, "Redaksi data");
    Instant first = now.get();

    for (int s = 0; s < 60; s++) {
      assertTrue(keys.authenticate(issued.token()).isPresent());
      advance(Duration.ofSeconds(1));
    }
    assertTrue(keys.authenticate(issued.token()).isPresent());

    assertEquals(List.of(first, first.plus(ApiKeys.USE_RESOLUTION)), store.uses);
  }

  @Test
  void anAgencyKeyNeedsItsAgencyAndOtherKindsRefuseOne() {
    InvalidValueException missing =
        assertThrows(InvalidValueException.class, () -> keys.issue(KeyKind.AGENCY, null, "X"));
    assertEquals("agency", missing.field());
    assertThrows(InvalidValueException.class, () -> keys.issue(KeyKind.READER, DINKES, "X"));
    assertTrue(store.keys.isEmpty());
  }

  @Test
  void aKeyNeedsALabel() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> keys.issue(KeyKind.READER, null, "  "));
    assertEquals("label", e.field());
    assertThrows(
        InvalidValueException.class,
        () -> keys.issue(KeyKind.READER, null, "x".repeat(ApiKey.MAX_LABEL_LENGTH + 1)));
  }

  @Test
  void revokingAnUnknownPrefixSaysSo() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> keys.revoke("abcdefgh"));
    assertNotNull(e.getMessage());
  }

  @Test
  void kindsAreReadAsOperatorsTypeThem() {
    assertEquals(KeyKind.AGENCY, KeyKind.parse("agency"));
    assertEquals(KeyKind.READER, KeyKind.parse(" Reader "));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> KeyKind.parse("admin"));
    assertTrue(e.getMessage().contains("agency, operator, reader"), e.getMessage());
  }

  @Test
  void theKeyIsThePrincipalNamedByItsPrefix() {
    ApiKey key = keys.issue(KeyKind.READER, null, "Redaksi data").key();

    assertEquals(key.prefix(), key.getName());
  }
}
