package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.agency.ChannelType;
import id.aduanterbuka.persistence.SqlArrays;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.statistics.Coverage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * {@link Coverage} in one round trip; social channel types and regency kinds come from the enums.
 */
public final class SqlCoverage {
  private static final String QUERY =
      "SELECT (SELECT count(*) FROM agency),"
          + " (SELECT count(*) FROM agency a WHERE EXISTS (SELECT 1 FROM agency_channel ch"
          + "   WHERE ch.agency_id = a.id AND ch.verified_active AND ch.channel_type = ANY (?))),"
          + " (SELECT count(*) FROM region WHERE kind = ANY (?)),"
          + " (SELECT count(DISTINCT m.regency_code) FROM mpp m JOIN region r ON r.code = m.regency_code"
          + "   WHERE r.kind = ANY (?))";

  private final DataSource dataSource;

  public SqlCoverage(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Coverage coverage() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(QUERY)) {
      ps.setArray(
          1,
          SqlArrays.names(
              c, Arrays.stream(ChannelType.values()).filter(ChannelType::isSocialMedia).toList()));
      ps.setArray(2, SqlArrays.names(c, RegionLevel.REGENCY.kinds()));
      ps.setArray(3, SqlArrays.names(c, RegionLevel.REGENCY.kinds()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Coverage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot compute coverage", e);
    }
  }
}
