package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.access.ApiKeys;
import id.aduanterbuka.persistence.access.JdbcApiKeyStore;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bin/aduan keys} over a real database: a key is shown once, and never again. */
class KeysCommandTest {
  private ApiKeys keys;
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void setUp() throws SQLException {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO region (code, name, kind) VALUES ('33', 'Jawa Tengah', 'PROVINSI')");
      s.execute(
          "INSERT INTO agency (code, name, short_name, kind, region_code) VALUES ('DINKES-33',"
              + " 'Dinas Kesehatan Provinsi Jawa Tengah', 'DINKES', 'DINAS', '33')");
    }
    keys = new ApiKeys(new JdbcApiKeyStore(db.dataSource()));
  }

  /** Runs {@code bin/aduan keys ARGS}; returns what went to standard output. */
  private String run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    new KeysCommand(
            keys,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args));
    return out.toString(StandardCharsets.UTF_8);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createPrintsOnlyTheKeyOnStandardOutputAndTheWarningBeside() {
    String key =
        run("create", "--kind", "agency", "--agency", "DINKES-33", "--label", "Tim data").strip();

    assertTrue(key.matches("at_[a-z2-7]{8}_[A-Za-z0-9_-]{43}"), key);
    assertTrue(errors().contains("shown only this once"), errors());
    assertTrue(errors().contains("for DINKES-33"), errors());
    assertFalse(errors().contains(key.substring(12)), "the secret is printed once");
    assertTrue(keys.authenticate(key).isPresent());
  }

  @Test
  void listShowsEveryKeyButNeverASecret() {
    String agencyKey =
        run("create", "--kind", "agency", "--agency", "DINKES-33", "--label", "Tim data").strip();
    String readerKey = run("create", "--kind", "reader", "--label", "Redaksi Suara").strip();
    run("revoke", readerKey.substring(3, 11));
    keys.authenticate(agencyKey);

    String list = run("list");

    assertTrue(list.startsWith("2 API keys"), list);
    String agencyRow =
        list.lines().filter(l -> l.contains(agencyKey.substring(3, 11))).findFirst().orElseThrow();
    assertTrue(agencyRow.matches(".*agency +DINKES-33 +\\S+ \\S+ +- +\\S+ \\S+ +Tim data"), list);
    String readerRow =
        list.lines().filter(l -> l.contains(readerKey.substring(3, 11))).findFirst().orElseThrow();
    assertTrue(readerRow.matches(".*reader +- +\\S+ \\S+ +\\S+ \\S+ +never +Redaksi Suara"), list);
    assertFalse(list.contains(agencyKey.substring(12)) || list.contains(readerKey.substring(12)));
  }

  @Test
  void revokeStopsTheKey() {
    String key = run("create", "--kind", "operator", "--label", "Operator").strip();

    String said = run("revoke", key.substring(3, 11));

    assertTrue(said.startsWith("Revoked " + key.substring(3, 11)), said);
    assertTrue(keys.authenticate(key).isEmpty());
  }

  @Test
  void mistakesAreToldInTheOperatorsTerms() {
    assertThrows(NotFoundException.class, () -> run("revoke", "abcdefgh"));
    assertThrows(
        NotFoundException.class,
        () -> run("create", "--kind", "agency", "--agency", "PDAM-33", "--label", "X"));
    InvalidValueException noAgency =
        assertThrows(
            InvalidValueException.class, () -> run("create", "--kind", "agency", "--label", "X"));
    assertEquals("agency", noAgency.field());
    assertThrows(
        InvalidValueException.class, () -> run("create", "--kind", "admin", "--label", "X"));
    IllegalArgumentException noLabel =
        assertThrows(IllegalArgumentException.class, () -> run("create", "--kind", "reader"));
    assertTrue(noLabel.getMessage().contains("--label"));
    assertThrows(IllegalArgumentException.class, () -> run("rotate"));
    assertTrue(keys.list().isEmpty());
  }
}
