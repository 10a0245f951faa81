package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.ingest.ImportedRegion;
import id.aduanterbuka.region.RegionKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Regions, keyed by their code itself (no id); parents are inserted before their children. */
final class RegionTable extends ReferenceTable<ImportedRegion> {
  RegionTable(Connection c) {
    super(c);
  }

  @Override
  Map<String, Stored<ImportedRegion>> load() throws SQLException {
    Map<String, Stored<ImportedRegion>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, name, kind FROM region")) {
      while (rs.next()) {
        out.put(
            rs.getString(1),
            new Stored<>(
                0,
                new ImportedRegion(
                    rs.getString(1), rs.getString(2), choice(RegionKind.class, rs.getString(3)))));
      }
    }
    return out;
  }

  @Override
  String code(ImportedRegion row) {
    return row.code();
  }

  @Override
  ImportedRegion over(ImportedRegion row, ImportedRegion stored) {
    return row;
  }

  @Override
  List<Long> insert(List<ImportedRegion> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO region (code, name, kind, parent_code) VALUES (?, ?, ?, ?)")) {
      for (ImportedRegion r :
          rows.stream().sorted(Comparator.comparingInt(ImportedRegion::depth)).toList()) {
        ps.setString(1, r.code());
        ps.setString(2, r.name());
        ps.setString(3, r.kind().name());
        setText(ps, 4, r.parentCode());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return List.of();
  }

  @Override
  void update(List<Change<ImportedRegion>> changes) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE region SET name = ?, kind = ?, version = version + 1 WHERE code = ?")) {
      for (Change<ImportedRegion> ch : changes) {
        ps.setString(1, ch.row().name());
        ps.setString(2, ch.row().kind().name());
        ps.setString(3, ch.row().code());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
