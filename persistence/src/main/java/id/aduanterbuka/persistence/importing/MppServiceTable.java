package id.aduanterbuka.persistence.importing;

import static id.aduanterbuka.persistence.importing.MppTable.listOrEmpty;

import id.aduanterbuka.ingest.ImportedMppService;
import id.aduanterbuka.mpp.DurationUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * MPP services with where they are offered, their requirements and procedure steps (stored with
 * 0-based positions, as JPA's {@code @OrderColumn} reads them).
 */
final class MppServiceTable extends ReferenceTable<ImportedMppService> {
  private static final String AGENCY_ID = "(SELECT a.id FROM agency a WHERE a.code = ?)";

  MppServiceTable(Connection c) {
    super(c);
  }

  @Override
  Map<String, Stored<ImportedMppService>> load() throws SQLException {
    Map<Long, List<String>> mpps =
        lists(
            "SELECT o.service_id, m.code FROM mpp_service_offering o JOIN mpp m ON m.id = o.mpp_id");
    Map<Long, List<String>> requirements =
        lists(
            "SELECT service_id, requirement FROM mpp_service_requirement"
                + " ORDER BY service_id, position");
    Map<Long, List<String>> steps =
        lists("SELECT service_id, step FROM mpp_service_step ORDER BY service_id, position");
    Map<String, Stored<ImportedMppService>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT s.id, s.code, s.name, a.code, s.duration_amount, s.duration_unit,"
                    + " s.fee_rupiah, s.output, s.legal_basis, s.online_url"
                    + " FROM mpp_service s JOIN agency a ON a.id = s.agency_id")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        out.put(
            rs.getString(2),
            new Stored<>(
                id,
                new ImportedMppService(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    mpps.getOrDefault(id, List.of()),
                    rs.getInt(5),
                    choice(DurationUnit.class, rs.getString(6)),
                    rs.getLong(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    requirements.getOrDefault(id, List.of()),
                    steps.getOrDefault(id, List.of()))));
      }
    }
    return out;
  }

  private Map<Long, List<String>> lists(String sql) throws SQLException {
    Map<Long, List<String>> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  @Override
  String code(ImportedMppService row) {
    return row.code();
  }

  @Override
  ImportedMppService over(ImportedMppService row, ImportedMppService stored) {
    return row.over(stored);
  }

  @Override
  List<Long> insert(List<ImportedMppService> rows) throws SQLException {
    List<Long> ids;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mpp_service (name, agency_id, duration_amount, duration_unit,"
                + " fee_rupiah, output, legal_basis, online_url, code) VALUES (?, "
                + AGENCY_ID
                + ", ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      for (ImportedMppService s : rows) {
        set(ps, s);
        ps.setString(9, s.code());
        ps.addBatch();
      }
      ids = ids(ps);
    }
    Map<Long, ImportedMppService> byId = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byId.put(ids.get(i), rows.get(i));
    }
    insertOfferings(byId);
    insertTexts("mpp_service_requirement", "requirement", byId, ImportedMppService::requirements);
    insertTexts("mpp_service_step", "step", byId, ImportedMppService::procedure);
    return ids;
  }

  @Override
  void update(List<Change<ImportedMppService>> changes) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE mpp_service SET name = ?, agency_id = "
                + AGENCY_ID
                + ", duration_amount = ?, duration_unit = ?, fee_rupiah = ?, output = ?,"
                + " legal_basis = ?, online_url = ?, version = version + 1 WHERE id = ?")) {
      for (Change<ImportedMppService> ch : changes) {
        set(ps, ch.row());
        ps.setLong(9, ch.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Map<Long, ImportedMppService> mpps = changed(changes, ImportedMppService::mppCodes);
    clear("mpp_service_offering", "service_id", mpps.keySet());
    insertOfferings(mpps);
    Map<Long, ImportedMppService> reqs = changed(changes, ImportedMppService::requirements);
    clear("mpp_service_requirement", "service_id", reqs.keySet());
    insertTexts("mpp_service_requirement", "requirement", reqs, ImportedMppService::requirements);
    Map<Long, ImportedMppService> steps = changed(changes, ImportedMppService::procedure);
    clear("mpp_service_step", "service_id", steps.keySet());
    insertTexts("mpp_service_step", "step", steps, ImportedMppService::procedure);
  }

  private static Map<Long, ImportedMppService> changed(
      List<Change<ImportedMppService>> changes, Function<ImportedMppService, List<String>> list) {
    Map<Long, ImportedMppService> out = new LinkedHashMap<>();
    for (Change<ImportedMppService> ch : changes) {
      if (!Objects.equals(list.apply(ch.row()), list.apply(ch.before()))) {
        out.put(ch.id(), ch.row());
      }
    }
    return out;
  }

  private static void set(PreparedStatement ps, ImportedMppService s) throws SQLException {
    ps.setString(1, s.name());
    ps.setString(2, s.agencyCode());
    ps.setInt(3, s.durationAmount());
    ps.setString(4, s.durationUnit().name());
    ps.setLong(5, s.feeRupiah());
    ps.setString(6, s.output());
    setText(ps, 7, s.legalBasis());
    setText(ps, 8, s.onlineUrl());
  }

  private void insertOfferings(Map<Long, ImportedMppService> rows) throws SQLException {
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mpp_service_offering (service_id, mpp_id)"
                + " SELECT ?, m.id FROM mpp m WHERE m.code = ?")) {
      for (Map.Entry<Long, ImportedMppService> e : rows.entrySet()) {
        for (String mpp : listOrEmpty(e.getValue().mppCodes())) {
          ps.setLong(1, e.getKey());
          ps.setString(2, mpp);
          ps.addBatch();
          any = true;
        }
      }
      if (any) {
        ps.executeBatch();
      }
    }
  }

  private void insertTexts(
      String table,
      String column,
      Map<Long, ImportedMppService> rows,
      Function<ImportedMppService, List<String>> list)
      throws SQLException {
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO " + table + " (service_id, position, " + column + ") VALUES (?, ?, ?)")) {
      for (Map.Entry<Long, ImportedMppService> e : rows.entrySet()) {
        List<String> texts = listOrEmpty(list.apply(e.getValue()));
        for (int i = 0; i < texts.size(); i++) {
          ps.setLong(1, e.getKey());
          ps.setInt(2, i);
          ps.setString(3, texts.get(i));
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
