package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.ingest.ImportedAgency;
import id.aduanterbuka.ingest.ImportedCategory;
import id.aduanterbuka.ingest.ImportedMpp;
import id.aduanterbuka.ingest.ImportedMppService;
import id.aduanterbuka.ingest.ImportedRegion;
import id.aduanterbuka.ingest.ReferenceCodes;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes checked reference rows — regions, agencies with their channels, categories, MPPs, MPP
 * services — found by their natural key, the {@code code}: a row equal to the stored one is left
 * alone (no statement runs, so the data version and the API's ETags stay as they are), a changed
 * one is updated with its version bumped, a new one inserted. Nothing is deleted but the list
 * entries (channels, hours, tenants, offerings, requirements, steps) of a row that gives a new
 * list.
 *
 * <p>A kind is written in one transaction (reference files are small), serialised with other
 * reference imports on an advisory lock. Every table written bumps {@code data_version} by its
 * triggers; the statistics facts that copy an agency's name or a category's deadline are refreshed
 * for the complaints concerned.
 */
public final class JdbcReferenceImport {
  private static final long LOCK = 0x4164755265664c6bL;

  /**
   * Past this many affected complaints, one full rebuild beats refreshing them one set at a time.
   */
  private static final int FULL_REFRESH_THRESHOLD = 200_000;

  private final DataSource dataSource;
  private final StatisticsFacts facts;

  public JdbcReferenceImport(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource);
    this.facts = new StatisticsFacts(dataSource);
  }

  /** The region, agency (with parents) and MPP codes rows may point at. */
  public ReferenceCodes knownCodes() {
    try (Connection c = dataSource.getConnection()) {
      Set<String> regions = strings(c, "SELECT code FROM region");
      Set<String> mpps = strings(c, "SELECT code FROM mpp");
      Map<String, String> parents = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT a.code, coalesce(p.code, '') FROM agency a"
                      + " LEFT JOIN agency p ON p.id = a.parent_id")) {
        while (rs.next()) {
          parents.put(rs.getString(1), rs.getString(2));
        }
      }
      return new ReferenceCodes(regions, parents, mpps);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the region, agency and MPP codes", e);
    }
  }

  public ImportSummary writeRegions(List<ImportedRegion> rows) {
    return write("regions", c -> new RegionTable(c).write(rows));
  }

  public ImportSummary writeAgencies(List<ImportedAgency> rows) {
    return write("agencies", c -> new AgencyTable(c).write(rows));
  }

  public ImportSummary writeCategories(List<ImportedCategory> rows) {
    return write("categories", c -> new CategoryTable(c).write(rows));
  }

  public ImportSummary writeMpps(List<ImportedMpp> rows) {
    return write("MPPs", c -> new MppTable(c).write(rows));
  }

  public ImportSummary writeServices(List<ImportedMppService> rows) {
    return write("MPP services", c -> new MppServiceTable(c).write(rows));
  }

  /** What one table writer did: the counts, and the complaints whose facts copy what changed. */
  record Written(ImportSummary summary, Collection<Long> staleComplaints) {}

  interface TableWrite {
    Written run(Connection c) throws SQLException;
  }

  private ImportSummary write(String what, TableWrite work) {
    Written written;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          lock.setLong(1, LOCK);
          lock.execute();
        }
        written = work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the imported " + what, e);
    }
    Collection<Long> stale = written.staleComplaints();
    if (stale.size() > FULL_REFRESH_THRESHOLD) {
      facts.refresh();
    } else if (!stale.isEmpty()) {
      facts.refresh(stale);
    }
    return written.summary();
  }

  private static Set<String> strings(Connection c, String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Complaints whose facts copy something of the given rows, by a query taking an id array. */
  static List<Long> complaintIds(Connection c, String sql, Collection<Long> ids)
      throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> out = new java.util.ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("int8", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }
}
