package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.ingest.ImportedMpp;
import id.aduanterbuka.ingest.ImportedOpeningHours;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** MPPs with their opening hours and tenants (agencies with a counter there). */
final class MppTable extends ReferenceTable<ImportedMpp> {
  MppTable(Connection c) {
    super(c);
  }

  @Override
  Map<String, Stored<ImportedMpp>> load() throws SQLException {
    Map<Long, List<ImportedOpeningHours>> hours = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT mpp_id, day_of_week, opens, closes FROM mpp_opening_hours")) {
      while (rs.next()) {
        hours
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(
                new ImportedOpeningHours(
                    DayOfWeek.of(rs.getInt(2)),
                    rs.getTime(3).toLocalTime(),
                    rs.getTime(4).toLocalTime()));
      }
    }
    Map<Long, List<String>> tenants = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.mpp_id, a.code FROM mpp_tenant t JOIN agency a ON a.id = t.agency_id")) {
      while (rs.next()) {
        tenants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    Map<String, Stored<ImportedMpp>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id, code, name, regency_code, address, opened_on FROM mpp")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        out.put(
            rs.getString(2),
            new Stored<>(
                id,
                new ImportedMpp(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    date(rs, 6),
                    hours.getOrDefault(id, List.of()),
                    tenants.getOrDefault(id, List.of()))));
      }
    }
    return out;
  }

  @Override
  String code(ImportedMpp row) {
    return row.code();
  }

  @Override
  ImportedMpp over(ImportedMpp row, ImportedMpp stored) {
    return row.over(stored);
  }

  @Override
  List<Long> insert(List<ImportedMpp> rows) throws SQLException {
    List<Long> ids;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mpp (name, regency_code, address, opened_on, code)"
                + " VALUES (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      for (ImportedMpp m : rows) {
        set(ps, m);
        ps.setString(5, m.code());
        ps.addBatch();
      }
      ids = ids(ps);
    }
    Map<Long, ImportedMpp> byId = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byId.put(ids.get(i), rows.get(i));
    }
    insertHours(byId);
    insertTenants(byId);
    return ids;
  }

  @Override
  void update(List<Change<ImportedMpp>> changes) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE mpp SET name = ?, regency_code = ?, address = ?, opened_on = ?,"
                + " version = version + 1 WHERE id = ?")) {
      for (Change<ImportedMpp> ch : changes) {
        set(ps, ch.row());
        ps.setLong(5, ch.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Map<Long, ImportedMpp> hoursChanged = new LinkedHashMap<>();
    Map<Long, ImportedMpp> tenantsChanged = new LinkedHashMap<>();
    for (Change<ImportedMpp> ch : changes) {
      if (!Objects.equals(ch.row().openingHours(), ch.before().openingHours())) {
        hoursChanged.put(ch.id(), ch.row());
      }
      if (!Objects.equals(ch.row().tenants(), ch.before().tenants())) {
        tenantsChanged.put(ch.id(), ch.row());
      }
    }
    clear("mpp_opening_hours", "mpp_id", hoursChanged.keySet());
    insertHours(hoursChanged);
    clear("mpp_tenant", "mpp_id", tenantsChanged.keySet());
    insertTenants(tenantsChanged);
  }

  private static void set(PreparedStatement ps, ImportedMpp m) throws SQLException {
    ps.setString(1, m.name());
    ps.setString(2, m.regencyCode());
    ps.setString(3, m.address());
    setDate(ps, 4, m.openedOn());
  }

  private void insertHours(Map<Long, ImportedMpp> rows) throws SQLException {
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mpp_opening_hours (mpp_id, day_of_week, opens, closes)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<Long, ImportedMpp> e : rows.entrySet()) {
        for (ImportedOpeningHours h : listOrEmpty(e.getValue().openingHours())) {
          ps.setLong(1, e.getKey());
          ps.setInt(2, h.day().getValue());
          ps.setTime(3, Time.valueOf(h.opens()));
          ps.setTime(4, Time.valueOf(h.closes()));
          ps.addBatch();
          any = true;
        }
      }
      if (any) {
        ps.executeBatch();
      }
    }
  }

  private void insertTenants(Map<Long, ImportedMpp> rows) throws SQLException {
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mpp_tenant (mpp_id, agency_id)"
                + " SELECT ?, a.id FROM agency a WHERE a.code = ?")) {
      for (Map.Entry<Long, ImportedMpp> e : rows.entrySet()) {
        for (String agency : listOrEmpty(e.getValue().tenants())) {
          ps.setLong(1, e.getKey());
          ps.setString(2, agency);
          ps.addBatch();
          any = true;
        }
      }
      if (any) {
        ps.executeBatch();
      }
    }
  }

  static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
