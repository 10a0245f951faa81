package id.aduanterbuka.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where keys are kept, by their prefix, with a hash of their secret. Implemented in persistence.
 */
public interface ApiKeyStore {
  /** A key as stored: what is shown of it, and the SHA-256 of its secret. */
  record StoredKey(ApiKey key, byte[] secretHash) {}

  /**
   * Stores a new key (its id is ignored) and returns it with the id it was given; empty when its
   * prefix is already taken.
   *
   * @throws id.aduanterbuka.shared.NotFoundException when the key's agency does not exist
   */
  Optional<ApiKey> add(ApiKey key, byte[] secretHash);

  Optional<StoredKey> find(String prefix);

  /** Every key, revoked ones too, oldest first. */
  List<ApiKey> list();

  /** Revokes the key (a second revocation keeps the first time); empty if there is none. */
  Optional<ApiKey> revoke(String prefix, Instant at);

  /** Moves the key's last use forward to {@code at} (never back). */
  void recordUse(long id, Instant at);
}
