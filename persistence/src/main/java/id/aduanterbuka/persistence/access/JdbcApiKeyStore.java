package id.aduanterbuka.persistence.access;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.access.ApiKeyStore;
import id.aduanterbuka.access.KeyKind;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link ApiKeyStore} over JDBC: one row per key, the agency by its code. */
@ApplicationScoped
public class JdbcApiKeyStore implements ApiKeyStore {
  private static final String COLUMNS =
      "k.id, k.prefix, k.kind, a.code, k.label, k.created_at, k.revoked_at, k.last_used_at,"
          + " k.secret_hash";
  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM api_key k LEFT JOIN agency a ON a.id = k.agency_id";

  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  protected JdbcApiKeyStore() {}

  public JdbcApiKeyStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<ApiKey> add(ApiKey key, byte[] secretHash) {
    try (Connection c = dataSource.getConnection()) {
      Long agencyId = key.agency() == null ? null : agencyId(c, key.agency());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO api_key (prefix, secret_hash, kind, agency_id, label, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (prefix) DO NOTHING RETURNING id")) {
        ps.setString(1, key.prefix());
        ps.setBytes(2, secretHash);
        ps.setString(3, key.kind().name());
        if (agencyId == null) {
          ps.setNull(4, Types.BIGINT);
        } else {
          ps.setLong(4, agencyId);
        }
        ps.setString(5, key.label());
        ps.setObject(6, utc(key.createdAt()));
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(
              new ApiKey(
                  rs.getLong(1),
                  key.prefix(),
                  key.kind(),
                  key.agency(),
                  key.label(),
                  key.createdAt(),
                  null,
                  null));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the API key " + key.prefix(), e);
    }
  }

  private static long agencyId(Connection c, AgencyCode agency) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM agency WHERE code = ?")) {
      ps.setString(1, agency.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("agency", agency.value());
        }
        return rs.getLong(1);
      }
    }
  }

  @Override
  public Optional<StoredKey> find(String prefix) {
    List<StoredKey> found = query(SELECT + " WHERE k.prefix = ?", prefix);
    return found.stream().findFirst();
  }

  @Override
  public List<ApiKey> list() {
    return query(SELECT + " ORDER BY k.created_at, k.id", null).stream()
        .map(StoredKey::key)
        .toList();
  }

  @Override
  public Optional<ApiKey> revoke(String prefix, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "WITH k AS (UPDATE api_key SET revoked_at = coalesce(revoked_at, ?)"
                    + " WHERE prefix = ? RETURNING *)"
                    + " SELECT "
                    + COLUMNS
                    + " FROM k LEFT JOIN agency a ON a.id = k.agency_id")) {
      ps.setObject(1, utc(at));
      ps.setString(2, prefix);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(stored(rs).key()) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot revoke the API key " + prefix, e);
    }
  }

  @Override
  public void recordUse(long id, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE api_key SET last_used_at = greatest(last_used_at, ?) WHERE id = ?")) {
      ps.setObject(1, utc(at));
      ps.setLong(2, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the use of API key " + id, e);
    }
  }

  private List<StoredKey> query(String sql, String prefix) {
    List<StoredKey> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (prefix != null) {
        ps.setString(1, prefix);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(stored(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read API keys", e);
    }
    return out;
  }

  private static StoredKey stored(ResultSet rs) throws SQLException {
    String agency = rs.getString(4);
    return new StoredKey(
        new ApiKey(
            rs.getLong(1),
            rs.getString(2),
            KeyKind.valueOf(rs.getString(3)),
            agency == null ? null : AgencyCode.of(agency),
            rs.getString(5),
            instant(rs, 6),
            instant(rs, 7),
            instant(rs, 8)),
        rs.getBytes(9));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
