package id.aduanterbuka.persistence.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeyStore;
import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.access.IssuedKey;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.shared.NotFoundException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key table on a real PostgreSQL: round trips, the agency reference, revocation, last use. */
class JdbcApiKeyStoreTest {
  private static final Instant CREATED = Instant.parse("2026-11-24T03:00:00.123456Z");
  private static final AgencyCode DINKES = AgencyCode.of("DINKES-3374");

  private PostgresTestDatabase db;
  private JdbcApiKeyStore store;

  @BeforeEach
  void setUp() throws SQLException {
    db = PostgresTestDatabase.create();
    store = new JdbcApiKeyStore(db.dataSource());
    execute(
        "INSERT INTO region (code, name, kind) VALUES ('33', 'Jawa Tengah', 'PROVINSI')",
        "INSERT INTO region (code, name, kind, parent_code) VALUES ('33.74', 'Semarang', 'KOTA',"
            + " '33')",
        "INSERT INTO agency (code, name, short_name, kind, region_code) VALUES ('DINKES-3374',"
            + " 'Dinas Kesehatan Kota Semarang', 'DINKES', 'DINAS', '33.74')");
  }

  private void execute(String... statements) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private String scalar(String sql) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static ApiKey key(String prefix, KeyKind kind, AgencyCode agency) {
    return new ApiKey(0, prefix, kind, agency, "Tim data " + prefix, CREATED, null, null);
  }

  private static byte[] hash(int seed) {
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) seed);
    return hash;
  }

  @Test
  void aKeyComesBackWithItsAgencyAndHash() {
    ApiKey added = store.add(key("abcdefgh", KeyKind.AGENCY, DINKES), hash(7)).orElseThrow();

    ApiKeyStore.StoredKey found = store.find("abcdefgh").orElseThrow();
    assertTrue(added.id() > 0);
    assertEquals(added, found.key());
    assertEquals(DINKES, found.key().agency());
    assertEquals(CREATED, found.key().createdAt());
    assertArrayEquals(hash(7), found.secretHash());
    assertTrue(store.find("zzzzzzzz").isEmpty());
  }

  @Test
  void anAgencyKeyForAnUnknownAgencyIsRefused() throws SQLException {
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> store.add(key("abcdefgh", KeyKind.AGENCY, AgencyCode.of("PDAM-3374")), hash(1)));
    assertEquals("PDAM-3374", e.identifier());
    assertEquals("0", scalar("SELECT count(*) FROM api_key"));
  }

  @Test
  void aTakenPrefixIsReportedAndTheFirstKeyKept() {
    store.add(key("abcdefgh", KeyKind.READER, null), hash(1)).orElseThrow();

    assertTrue(store.add(key("abcdefgh", KeyKind.OPERATOR, null), hash(2)).isEmpty());
    assertArrayEquals(hash(1), store.find("abcdefgh").orElseThrow().secretHash());
  }

  @Test
  void listingShowsEveryKeyOldestFirst() {
    store.add(key("bbbbbbbb", KeyKind.READER, null), hash(1));
    store.add(key("aaaaaaaa", KeyKind.AGENCY, DINKES), hash(2));
    store.revoke("bbbbbbbb", CREATED.plusSeconds(60));

    List<ApiKey> keys = store.list();

    assertEquals(List.of("bbbbbbbb", "aaaaaaaa"), keys.stream().map(ApiKey::prefix).toList());
    assertTrue(keys.get(0).isRevoked());
  }

  @Test
  void aSecondRevocationKeepsTheFirstTime() {
    store.add(key("abcdefgh", KeyKind.READER, null), hash(1));

    ApiKey first = store.revoke("abcdefgh", CREATED.plusSeconds(60)).orElseThrow();
    ApiKey second = store.revoke("abcdefgh", CREATED.plusSeconds(120)).orElseThrow();

    assertEquals(CREATED.plusSeconds(60), first.revokedAt());
    assertEquals(first.revokedAt(), second.revokedAt());
    assertTrue(store.revoke("zzzzzzzz", CREATED).isEmpty());
  }

  @Test
  void lastUseOnlyMovesForwardAndLeavesTheDataVersionAlone() throws SQLException {
    ApiKey key = store.add(key("abcdefgh", KeyKind.READER, null), hash(1)).orElseThrow();
    String version = scalar("SELECT version FROM data_version");
    assertNull(store.find("abcdefgh").orElseThrow().key().lastUsedAt());

    store.recordUse(key.id(), CREATED.plusSeconds(120));
    store.recordUse(key.id(), CREATED.plusSeconds(60));

    assertEquals(CREATED.plusSeconds(120), store.find("abcdefgh").orElseThrow().key().lastUsedAt());
    assertEquals(version, scalar("SELECT version FROM data_version"), "keys are not public data");
  }

  @Test
  void theSchemaRefusesWhatTheDomainRefuses() {
    for (String insert :
        new String[] {
          "INSERT INTO api_key (prefix, secret_hash, kind, label) VALUES ('abcdefgh',"
              + " decode(repeat('00', 32), 'hex'), 'AGENCY', 'x')",
          "INSERT INTO api_key (prefix, secret_hash, kind, agency_id, label) VALUES ('abcdefgh',"
              + " decode(repeat('00', 32), 'hex'), 'READER', (SELECT id FROM agency), 'x')",
          "INSERT INTO api_key (prefix, secret_hash, kind, label) VALUES ('ABC',"
              + " decode(repeat('00', 32), 'hex'), 'READER', 'x')",
          "INSERT INTO api_key (prefix, secret_hash, kind, label) VALUES ('abcdefgh',"
              + " decode('00', 'hex'), 'READER', 'x')",
          "INSERT INTO api_key (prefix, secret_hash, kind, label) VALUES ('abcdefgh',"
              + " decode(repeat('00', 32), 'hex'), 'READER', ' ')"
        }) {
      assertThrows(SQLException.class, () -> execute(insert), insert);
    }
  }

  @Test
  void anIssuedKeyAuthenticatesAgainstTheDatabaseUntilRevoked() {
    ApiKeys keys = new ApiKeys(store, () -> CREATED, new SecureRandom());
    IssuedKey issued = keys.issue(KeyKind.AGENCY, DINKES, "Tim data Dinkes");

    ApiKey authenticated = keys.authenticate(issued.token()).orElseThrow();
    assertEquals(issued.key().prefix(), authenticated.prefix());
    assertEquals(DINKES, authenticated.agency());
    assertEquals(CREATED, store.find(issued.key().prefix()).orElseThrow().key().lastUsedAt());

    keys.revoke(issued.key().prefix());
    assertTrue(keys.authenticate(issued.token()).isEmpty());
  }
}
