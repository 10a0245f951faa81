package id.aduanterbuka.persistence.seed;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Lifts the foreign keys of the complaint tables for the length of a bulk load, as PostgreSQL's
 * "Populating a Database" advice suggests: checking millions of rows one trigger call at a time
 * costs more than the COPY itself, while re-adding a key validates all rows in one join. Keys are
 * re-created from their own catalog definitions, under their own names, in the same transaction, so
 * a failed load rolls back to the untouched schema.
 */
final class ForeignKeys {

  /** A dropped foreign key and what re-creates it exactly. */
  record Key(String table, String name, String definition) {}

  private ForeignKeys() {}

  /** True when the current role owns {@code tables}, as dropping their constraints requires. */
  static boolean owned(Connection c, List<String> tables) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) FROM pg_class"
                + " WHERE oid = ANY (?::regclass[])")) {
      ps.setArray(1, array(c, tables));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** Drops the foreign keys declared on {@code tables} and returns them for {@link #restore}. */
  static List<Key> drop(Connection c, List<String> tables) throws SQLException {
    List<Key> keys = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY (?::regclass[])"
                + " ORDER BY conrelid::regclass::text, conname")) {
      ps.setArray(1, array(c, tables));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(new Key(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (Key k : keys) {
        s.execute("ALTER TABLE " + k.table() + " DROP CONSTRAINT " + k.name());
      }
    }
    return keys;
  }

  /** Re-creates {@code keys}; PostgreSQL validates every existing row while doing so. */
  static void restore(Connection c, List<Key> keys) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Key k : keys) {
        s.execute(
            "ALTER TABLE " + k.table() + " ADD CONSTRAINT " + k.name() + " " + k.definition());
      }
    }
  }

  private static Array array(Connection c, List<String> tables) throws SQLException {
    return c.createArrayOf("text", tables.toArray());
  }
}
