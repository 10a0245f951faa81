package id.aduanterbuka.persistence.instance;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.instance.DataVersion;
import id.aduanterbuka.instance.InstanceOverview;
import id.aduanterbuka.instance.InstanceQueries;
import id.aduanterbuka.persistence.JdbcValues;
import id.aduanterbuka.persistence.SqlArrays;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.region.RegionLevel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Headline counts in one round trip. Which statuses are public and which region kinds are regencies
 * come from the domain's enums, so the SQL cannot drift from the lifecycle.
 *
 * <p>The counts and the data version behind the ETags are read through the public reads pool
 * ({@code java:app/jdbc/aduan-read}, a streaming replica when one is configured), the same pool the
 * pages and lists they describe are read from: with a lagging replica the version then lags with
 * the data it versions, so an ETag is never newer than the content sent under it (a version read
 * from the primary would let a client cache replica-old content under the new version and get 304
 * for it until the next change). The readiness probe asks the primary, where writes go.
 */
@ApplicationScoped
public class SqlInstanceQueries implements InstanceQueries {
  private static final String OVERVIEW =
      "SELECT (SELECT count(*) FROM complaint WHERE status = ANY (?) AND publication = ?),"
          + " (SELECT count(*) FROM agency),"
          + " (SELECT count(*) FROM region WHERE kind = ANY (?)),"
          + " (SELECT count(*) FROM mpp),"
          + " (SELECT count(*) FROM mpp_service)";

  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  @Resource(lookup = "java:app/jdbc/aduan-read")
  private DataSource readDataSource;

  protected SqlInstanceQueries() {}

  /** One database for everything (no replica). */
  public SqlInstanceQueries(DataSource dataSource) {
    this(dataSource, dataSource);
  }

  public SqlInstanceQueries(DataSource primary, DataSource publicReads) {
    this.dataSource = primary;
    this.readDataSource = publicReads;
  }

  @Override
  public InstanceOverview overview() {
    try (Connection c = readDataSource.getConnection();
        PreparedStatement s = c.prepareStatement(OVERVIEW)) {
      s.setArray(
          1,
          SqlArrays.names(
              c,
              Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isPublic).toList()));
      s.setString(2, Publication.PUBLISHED.name());
      s.setArray(3, SqlArrays.names(c, RegionLevel.REGENCY.kinds()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new InstanceOverview(
            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the instance overview", e);
    }
  }

  @Override
  public DataVersion dataVersion() {
    try (Connection c = readDataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT version, changed_at FROM data_version WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return new DataVersion(rs.getLong(1), JdbcValues.instant(rs, 2));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the data version", e);
    }
  }

  @Override
  public boolean databaseReachable(int timeoutSeconds) {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(timeoutSeconds);
    } catch (SQLException e) {
      return false;
    }
  }
}
