package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.ChannelType;
import id.aduanterbuka.ingest.ImportedAgency;
import id.aduanterbuka.ingest.ImportedChannel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agencies and their channels. Parents are set after every row of the import is in, so a file may
 * list a child before its parent; the validator has already made sure no cycle results.
 */
final class AgencyTable extends ReferenceTable<ImportedAgency> {
  AgencyTable(java.sql.Connection c) {
    super(c);
  }

  @Override
  Map<String, Stored<ImportedAgency>> load() throws SQLException {
    Map<Long, List<ImportedChannel>> channels = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT agency_id, channel_type, handle, url, verified_active, verified_on"
                    + " FROM agency_channel")) {
      while (rs.next()) {
        channels
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(
                new ImportedChannel(
                    choice(ChannelType.class, rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    date(rs, 6)));
      }
    }
    Map<String, Stored<ImportedAgency>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT a.id, a.code, a.name, a.short_name, a.kind, p.code, a.region_code"
                    + " FROM agency a LEFT JOIN agency p ON p.id = a.parent_id")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        List<ImportedChannel> own = channels.getOrDefault(id, List.of());
        if (own.stream().anyMatch(ch -> ch.type() == null)) {
          own = null; // a channel type this version does not know: never equal to an import
        }
        out.put(
            rs.getString(2),
            new Stored<>(
                id,
                new ImportedAgency(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    choice(AgencyKind.class, rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    own)));
      }
    }
    return out;
  }

  @Override
  String code(ImportedAgency row) {
    return row.code();
  }

  @Override
  ImportedAgency over(ImportedAgency row, ImportedAgency stored) {
    return row.over(stored);
  }

  @Override
  List<Long> insert(List<ImportedAgency> rows) throws SQLException {
    List<Long> ids;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO agency (code, name, short_name, kind, region_code) VALUES (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      for (ImportedAgency a : rows) {
        ps.setString(1, a.code());
        ps.setString(2, a.name());
        ps.setString(3, a.shortName());
        ps.setString(4, a.kind().name());
        ps.setString(5, a.regionCode());
        ps.addBatch();
      }
      ids = ids(ps);
    }
    Map<Long, ImportedAgency> byId = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byId.put(ids.get(i), rows.get(i));
    }
    setParents(byId);
    insertChannels(byId);
    return ids;
  }

  @Override
  void update(List<Change<ImportedAgency>> changes) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE agency SET name = ?, short_name = ?, kind = ?, region_code = ?,"
                + " version = version + 1 WHERE id = ?")) {
      for (Change<ImportedAgency> ch : changes) {
        ImportedAgency a = ch.row();
        ps.setString(1, a.name());
        ps.setString(2, a.shortName());
        ps.setString(3, a.kind().name());
        ps.setString(4, a.regionCode());
        ps.setLong(5, ch.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Map<Long, ImportedAgency> parentChanged = new LinkedHashMap<>();
    Map<Long, ImportedAgency> channelsChanged = new LinkedHashMap<>();
    for (Change<ImportedAgency> ch : changes) {
      if (!java.util.Objects.equals(ch.row().parentCode(), ch.before().parentCode())) {
        parentChanged.put(ch.id(), ch.row());
      }
      if (!java.util.Objects.equals(ch.row().channels(), ch.before().channels())) {
        channelsChanged.put(ch.id(), ch.row());
      }
    }
    setParents(parentChanged);
    clear("agency_channel", "agency_id", channelsChanged.keySet());
    insertChannels(channelsChanged);
  }

  /** The facts list the names of the agencies a complaint is with now. */
  @Override
  Collection<Long> staleComplaints(List<Change<ImportedAgency>> changes) throws SQLException {
    List<Long> renamed =
        changes.stream()
            .filter(ch -> !ch.row().name().equals(ch.before().name()))
            .map(Change::id)
            .toList();
    return JdbcReferenceImport.complaintIds(
        c,
        "SELECT DISTINCT complaint_id FROM complaint_routing"
            + " WHERE agency_id = ANY (?) AND ended_at IS NULL",
        renamed);
  }

  private void setParents(Map<Long, ImportedAgency> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE agency SET parent_id = (SELECT p.id FROM agency p WHERE p.code = ?)"
                + " WHERE id = ?")) {
      for (Map.Entry<Long, ImportedAgency> e : rows.entrySet()) {
        setText(ps, 1, e.getValue().parentCode());
        ps.setLong(2, e.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertChannels(Map<Long, ImportedAgency> rows) throws SQLException {
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO agency_channel (agency_id, channel_type, handle, url, verified_active,"
                + " verified_on) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Long, ImportedAgency> e : rows.entrySet()) {
        if (e.getValue().channels() == null) {
          continue;
        }
        for (ImportedChannel ch : e.getValue().channels()) {
          ps.setLong(1, e.getKey());
          ps.setString(2, ch.type().name());
          ps.setString(3, ch.handle());
          setText(ps, 4, ch.url());
          ps.setBoolean(5, ch.verifiedActive());
          setDate(ps, 6, ch.verifiedOn());
          ps.addBatch();
          any = true;
        }
      }
      if (any) {
        ps.executeBatch();
      }
    }
  }
}
