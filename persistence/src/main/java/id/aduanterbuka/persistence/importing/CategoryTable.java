package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.category.ReportType;
import id.aduanterbuka.ingest.ImportedCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Categories; their default agency is looked up by code in the same statement. */
final class CategoryTable extends ReferenceTable<ImportedCategory> {
  private static final String AGENCY_ID = "(SELECT a.id FROM agency a WHERE a.code = ?)";

  CategoryTable(Connection c) {
    super(c);
  }

  @Override
  Map<String, Stored<ImportedCategory>> load() throws SQLException {
    Map<String, Stored<ImportedCategory>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT k.id, k.code, k.name_id, k.name_en, k.report_type, k.requires_oversight,"
                    + " k.sla_working_days, a.code FROM category k"
                    + " LEFT JOIN agency a ON a.id = k.default_agency_id")) {
      while (rs.next()) {
        out.put(
            rs.getString(2),
            new Stored<>(
                rs.getLong(1),
                new ImportedCategory(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    choice(ReportType.class, rs.getString(5)),
                    rs.getBoolean(6),
                    rs.getInt(7),
                    rs.getString(8))));
      }
    }
    return out;
  }

  @Override
  String code(ImportedCategory row) {
    return row.code();
  }

  @Override
  ImportedCategory over(ImportedCategory row, ImportedCategory stored) {
    return row;
  }

  @Override
  List<Long> insert(List<ImportedCategory> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO category (name_id, name_en, report_type, requires_oversight,"
                + " sla_working_days, default_agency_id, code) VALUES (?, ?, ?, ?, ?, "
                + AGENCY_ID
                + ", ?)",
            new String[] {"id"})) {
      for (ImportedCategory k : rows) {
        set(ps, k);
        ps.setString(7, k.code());
        ps.addBatch();
      }
      return ids(ps);
    }
  }

  @Override
  void update(List<Change<ImportedCategory>> changes) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE category SET name_id = ?, name_en = ?, report_type = ?,"
                + " requires_oversight = ?, sla_working_days = ?, default_agency_id = "
                + AGENCY_ID
                + ", version = version + 1 WHERE id = ?")) {
      for (Change<ImportedCategory> ch : changes) {
        set(ps, ch.row());
        ps.setLong(7, ch.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The facts carry each complaint's deadline, from its category. */
  @Override
  Collection<Long> staleComplaints(List<Change<ImportedCategory>> changes) throws SQLException {
    List<Long> slaChanged =
        changes.stream()
            .filter(ch -> ch.row().slaWorkingDays() != ch.before().slaWorkingDays())
            .map(Change::id)
            .toList();
    return JdbcReferenceImport.complaintIds(
        c, "SELECT id FROM complaint WHERE category_id = ANY (?)", slaChanged);
  }

  private static void set(PreparedStatement ps, ImportedCategory k) throws SQLException {
    ps.setString(1, k.nameId());
    ps.setString(2, k.nameEn());
    ps.setString(3, k.reportType().name());
    ps.setBoolean(4, k.requiresOversight());
    ps.setInt(5, k.slaWorkingDays());
    setText(ps, 6, k.defaultAgencyCode());
  }
}
