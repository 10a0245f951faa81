package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.persistence.importing.JdbcReferenceImport.Written;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reference table's import, inside the caller's transaction: load the stored rows as imported
 * values, sort the file's rows into new, changed and unchanged by code, write only the first two.
 */
abstract class ReferenceTable<T> {
  record Stored<T>(long id, T row) {}

  /** A changed row: its id, the row to store (merged over the stored one) and the stored one. */
  record Change<T>(long id, T row, T before) {}

  protected final Connection c;

  ReferenceTable(Connection c) {
    this.c = c;
  }

  abstract Map<String, Stored<T>> load() throws SQLException;

  abstract String code(T row);

  /** The row with what the file left out (a list column it lacks) taken from the stored row. */
  abstract T over(T row, T stored);

  /** Inserts {@code rows}; returns their new ids, in order. */
  abstract List<Long> insert(List<T> rows) throws SQLException;

  abstract void update(List<Change<T>> changes) throws SQLException;

  /** Complaints whose statistics facts copy something the changes altered. */
  Collection<Long> staleComplaints(List<Change<T>> changes) throws SQLException {
    return List.of();
  }

  final Written write(List<T> rows) throws SQLException {
    Map<String, Stored<T>> stored = load();
    List<T> fresh = new ArrayList<>();
    List<Change<T>> changed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long unchanged = 0;
    for (T row : rows) {
      if (!seen.add(code(row))) {
        throw new IllegalArgumentException(code(row) + " is twice in one import");
      }
      Stored<T> s = stored.get(code(row));
      if (s == null) {
        fresh.add(row);
        continue;
      }
      T merged = over(row, s.row());
      if (merged.equals(s.row())) {
        unchanged++;
      } else {
        changed.add(new Change<>(s.id(), merged, s.row()));
      }
    }
    if (!fresh.isEmpty()) {
      insert(fresh);
    }
    if (!changed.isEmpty()) {
      update(changed);
    }
    return new Written(
        new ImportSummary(fresh.size(), changed.size(), unchanged, 0), staleComplaints(changed));
  }

  /** Runs a batched INSERT … with generated ids; returns them in the order the rows were added. */
  static List<Long> ids(PreparedStatement ps) throws SQLException {
    ps.executeBatch();
    List<Long> ids = new ArrayList<>();
    try (ResultSet keys = ps.getGeneratedKeys()) {
      while (keys.next()) {
        ids.add(keys.getLong(1));
      }
    }
    return ids;
  }

  /** Replaces the list rows of {@code owners}: deletes what they had (then the caller inserts). */
  void clear(String table, String ownerColumn, Collection<Long> owners) throws SQLException {
    if (owners.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table + " WHERE " + ownerColumn + " = ANY (?)")) {
      ps.setArray(1, c.createArrayOf("int8", owners.toArray()));
      ps.executeUpdate();
    }
  }

  static void setText(PreparedStatement ps, int p, String v) throws SQLException {
    if (v == null) {
      ps.setNull(p, Types.VARCHAR);
    } else {
      ps.setString(p, v);
    }
  }

  static void setDate(PreparedStatement ps, int p, LocalDate v) throws SQLException {
    if (v == null) {
      ps.setNull(p, Types.DATE);
    } else {
      ps.setDate(p, Date.valueOf(v));
    }
  }

  static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /** A stored enum name, or null when it is not one (the row then never equals an import). */
  static <E extends Enum<E>> E choice(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
