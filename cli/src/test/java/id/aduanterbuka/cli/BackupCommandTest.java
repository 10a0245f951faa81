package id.aduanterbuka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.persistence.backup.DatabaseBackup;
import id.aduanterbuka.persistence.seed.DemoDataGenerator;
import id.aduanterbuka.persistence.seed.ProgressListener;
import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/aduan backup} and {@code restore}: what the operator types and reads. */
class BackupCommandTest {
  @TempDir Path dir;

  @Test
  void backupThenRestoreWithReplaceBringsBackDeletedComplaints() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(3).load(c, 50, ProgressListener.NONE);
    }
    Path file = dir.resolve("nightly.backup");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BackupCommand command =
        new BackupCommand(
            new DatabaseBackup(db.dataSource()),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    command.backup(BackupCommand.archive("backup", List.of(file.toString())));
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM complaint WHERE id IN (SELECT id FROM complaint LIMIT 10)");
    }
    assertEquals(40, complaints(db.dataSource()));
    command.restore(BackupCommand.archive("restore", List.of(file.toString(), "--replace")), true);

    assertEquals(50, complaints(db.dataSource()));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("Backed up "), printed);
    assertTrue(printed.contains("Restored ") && printed.contains("50 complaints"), printed);
    assertTrue(Files.size(file) > 0);
  }

  @Test
  void restoringOverDataWithoutReplaceIsARefusalWithAMessage() throws Exception {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    try (Connection c = db.connection()) {
      new DemoDataGenerator(3).load(c, 5, ProgressListener.NONE);
    }
    Path file = dir.resolve("nightly.backup");
    BackupCommand command =
        new BackupCommand(
            new DatabaseBackup(db.dataSource()), new PrintStream(OutputStream.nullOutputStream()));
    command.backup(file);

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> command.restore(file, false));

    assertTrue(refused.getMessage().startsWith("Not restored: "), refused.getMessage());
    assertTrue(refused.getMessage().contains("--replace"), refused.getMessage());
  }

  @Test
  void aMissingOrExtraArgumentIsRefusedBeforeAnyDatabaseStarts() {
    assertThrows(IllegalArgumentException.class, () -> BackupCommand.archive("backup", List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> BackupCommand.archive("backup", List.of("a.backup", "--replace")));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> BackupCommand.archive("restore", List.of(dir.resolve("none").toString())));
    assertTrue(missing.getMessage().startsWith("no backup file"), missing.getMessage());
  }

  private static long complaints(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM complaint")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
