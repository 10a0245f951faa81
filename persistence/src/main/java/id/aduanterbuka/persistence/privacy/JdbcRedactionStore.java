package id.aduanterbuka.persistence.privacy;

import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.privacy.RedactionStore;
import id.aduanterbuka.privacy.ReviewDecision;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link RedactionStore} over JDBC: originals, the latest review decision, the gate columns. */
public class JdbcRedactionStore implements RedactionStore {
  private static final String ORIGINALS =
      "SELECT o.complaint_id, o.original_text, d.decision, d.edited_text"
          + " FROM complaint_original o JOIN complaint c ON c.id = o.complaint_id"
          + " LEFT JOIN LATERAL (SELECT decision, edited_text FROM review_decision r"
          + "   WHERE r.complaint_id = o.complaint_id ORDER BY decided_at DESC, id DESC LIMIT 1) d"
          + " ON true";

  private final DataSource dataSource;

  public JdbcRedactionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<StoredOriginal> originalsAfter(long afterId, int limit) {
    return query(
        ORIGINALS + " WHERE o.complaint_id > ? ORDER BY o.complaint_id LIMIT ?",
        ps -> {
          ps.setLong(1, afterId);
          ps.setInt(2, limit);
        });
  }

  @Override
  public Optional<StoredOriginal> findByReference(String reference) {
    return query(ORIGINALS + " WHERE c.reference = ?", ps -> ps.setString(1, reference)).stream()
        .findFirst();
  }

  @Override
  public void update(List<GateUpdate> updates) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      update(c, updates);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store redactions", e);
    }
  }

  private static void update(Connection c, List<GateUpdate> updates) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE complaint SET published_text = ?, publication = ?, redaction_version = ?"
                + " WHERE id = ?")) {
      for (GateUpdate u : updates) {
        ps.setString(1, u.publishedText());
        ps.setString(2, u.publication().name());
        ps.setInt(3, u.version());
        ps.setLong(4, u.complaintId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public Page<Pending> pending(PageRequest page) {
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps =
              c.prepareStatement("SELECT count(*) FROM complaint WHERE publication = ?");
          ResultSet rs = bind(ps, Publication.PENDING_REVIEW.name()).executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
      List<Pending> items = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT c.reference, c.received_at, k.name_id FROM complaint c"
                  + " JOIN category k ON k.id = c.category_id WHERE c.publication = ?"
                  + " ORDER BY c.received_at, c.id LIMIT ? OFFSET ?")) {
        ps.setString(1, Publication.PENDING_REVIEW.name());
        ps.setInt(2, page.size());
        ps.setLong(3, page.offset());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(
                new Pending(
                    rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)));
          }
        }
      }
      return Page.of(items, page, total);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the review queue", e);
    }
  }

  @Override
  public void decide(
      String reference,
      ReviewDecision decision,
      String editedText,
      String note,
      String decidedBy,
      GateUpdate update) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO review_decision (complaint_id, decision, edited_text, note, decided_by)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        ps.setLong(1, update.complaintId());
        ps.setString(2, decision.name());
        ps.setString(3, editedText);
        ps.setString(4, note);
        ps.setString(5, decidedBy);
        ps.executeUpdate();
      }
      update(c, List.of(update));
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the decision on " + reference, e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private static PreparedStatement bind(PreparedStatement ps, String value) throws SQLException {
    ps.setString(1, value);
    return ps;
  }

  private List<StoredOriginal> query(String sql, Binder binder) {
    List<StoredOriginal> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String decision = rs.getString(3);
          out.add(
              new StoredOriginal(
                  rs.getLong(1),
                  rs.getString(2),
                  decision == null ? null : ReviewDecision.valueOf(decision),
                  rs.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read complaint originals", e);
    }
    return out;
  }
}
