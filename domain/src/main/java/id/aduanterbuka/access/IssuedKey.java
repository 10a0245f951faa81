package id.aduanterbuka.access;

/**
 * A key just issued, with the one copy of its token ({@code at_<prefix>_<secret>}) that will ever
 * exist outside its holder's hands: show it once and forget it — only a hash of the secret is kept.
 */
public record IssuedKey(ApiKey key, String token) {
  /** Never the token: an issued key must not end up in a log by way of its string form. */
  @Override
  public String toString() {
    return "IssuedKey[" + key + ", token=at_" + key.prefix() + "_…]";
  }
}
