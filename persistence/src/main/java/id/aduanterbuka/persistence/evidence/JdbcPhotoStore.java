package id.aduanterbuka.persistence.evidence;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoSize;
import id.aduanterbuka.evidence.PhotoStatus;
import id.aduanterbuka.evidence.PhotoStore;
import id.aduanterbuka.evidence.ProcessedPhoto;
import id.aduanterbuka.persistence.JdbcValues;
import id.aduanterbuka.persistence.audit.IntakeAudit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** {@link PhotoStore} over JDBC: one {@code photo} row holds both renditions' bytes. */
@ApplicationScoped
public class JdbcPhotoStore implements PhotoStore {
  private static final String SELECT =
      "SELECT p.id, c.reference, p.role, p.status, p.width, p.height, p.sha256, p.submitted_by,"
          + " p.submitted_at, p.reviewed_by, p.reviewed_at FROM photo p"
          + " JOIN complaint c ON c.id = p.complaint_id";

  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  protected JdbcPhotoStore() {}

  public JdbcPhotoStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<ComplaintAccess> complaint(String reference) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT c.id, c.status, c.publication = 'PUBLISHED', a.code FROM complaint c"
                    + " LEFT JOIN complaint_routing r ON r.complaint_id = c.id"
                    + " AND r.ended_at IS NULL"
                    + " LEFT JOIN agency a ON a.id = r.agency_id WHERE c.reference = ?")) {
      ps.setString(1, reference);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long id = rs.getLong(1);
        ComplaintStatus status = ComplaintStatus.valueOf(rs.getString(2));
        boolean published = rs.getBoolean(3);
        Set<AgencyCode> agencies = new TreeSet<>();
        do {
          if (rs.getString(4) != null) {
            agencies.add(new AgencyCode(rs.getString(4)));
          }
        } while (rs.next());
        return Optional.of(new ComplaintAccess(id, status, published, Set.copyOf(agencies)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read complaint " + reference, e);
    }
  }

  @Override
  public Optional<StoredPhoto> same(long complaintId, PhotoRole role, String sha256) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id FROM photo WHERE complaint_id = ? AND role = ? AND sha256 = ?"
                    + " ORDER BY id LIMIT 1")) {
      ps.setLong(1, complaintId);
      ps.setString(2, role.name());
      ps.setString(3, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? find(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look for an earlier upload", e);
    }
  }

  @Override
  public long add(
      long complaintId,
      ComplaintReference reference,
      PhotoRole role,
      ProcessedPhoto photo,
      ApiKey submitter,
      Instant at) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long id = PhotoRows.insert(c, complaintId, role, photo, submitter.prefix(), at);
        IntakeAudit.photo(c, submitter, complaintId, reference.value(), id, role, photo);
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store a photo", e);
    }
  }

  @Override
  public List<StoredPhoto> approved(long complaintId) {
    return list(
        SELECT
            + " WHERE p.complaint_id = ? AND p.status = 'APPROVED'"
            + " ORDER BY p.role = 'AFTER', p.submitted_at, p.id",
        complaintId);
  }

  @Override
  public Map<String, Long> firstApprovedAfter(Collection<String> references) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT ON (c.reference) c.reference, p.id FROM photo p"
                    + " JOIN complaint c ON c.id = p.complaint_id"
                    + " WHERE c.reference = ANY (?) AND p.status = 'APPROVED' AND p.role = 'AFTER'"
                    + " ORDER BY c.reference, p.submitted_at, p.id")) {
      ps.setArray(1, c.createArrayOf("varchar", references.toArray()));
      Map<String, Long> first = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          first.put(rs.getString(1), rs.getLong(2));
        }
      }
      return first;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read resolution photos", e);
    }
  }

  @Override
  public List<StoredPhoto> pending() {
    return list(SELECT + " WHERE p.status = 'PENDING' ORDER BY p.submitted_at, p.id", null);
  }

  @Override
  public Optional<StoredPhoto> find(long id) {
    return list(SELECT + " WHERE p.id = ?", id).stream().findFirst();
  }

  @Override
  public Optional<PhotoImage> image(long id, PhotoSize size) {
    String column = size == PhotoSize.THUMB ? "thumb_bytes" : "web_bytes";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + column + ", sha256 FROM photo WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new PhotoImage(rs.getBytes(1), rs.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read photo " + id, e);
    }
  }

  @Override
  public boolean decide(long id, PhotoStatus status, String by, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE photo SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")) {
      ps.setString(1, status.name());
      ps.setString(2, by);
      ps.setTimestamp(3, Timestamp.from(at));
      ps.setLong(4, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the review of photo " + id, e);
    }
  }

  private List<StoredPhoto> list(String sql, Long parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setLong(1, parameter);
      }
      List<StoredPhoto> photos = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          photos.add(
              new StoredPhoto(
                  rs.getLong(1),
                  rs.getString(2),
                  PhotoRole.valueOf(rs.getString(3)),
                  PhotoStatus.valueOf(rs.getString(4)),
                  rs.getInt(5),
                  rs.getInt(6),
                  rs.getString(7),
                  rs.getString(8),
                  JdbcValues.instant(rs, 9),
                  rs.getString(10),
                  JdbcValues.instant(rs, 11)));
        }
      }
      return photos;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read photos", e);
    }
  }
}
