package id.aduanterbuka.persistence.intake;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.intake.IntakeReceipt;
import id.aduanterbuka.intake.IntakeStore;
import id.aduanterbuka.intake.RuleViolationException;
import id.aduanterbuka.persistence.privacy.RestrictedOriginals;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.privacy.Publication;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * {@link IntakeStore} over JDBC. The idempotency row is inserted first in the write's own
 * transaction ({@code ON CONFLICT DO NOTHING}): a concurrent request under the same key waits on
 * the primary key until this one commits or rolls back, then finds its response or writes itself.
 */
@ApplicationScoped
public class JdbcIntakeStore implements IntakeStore {
  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  protected JdbcIntakeStore() {}

  public JdbcIntakeStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public IntakeReceipt write(Claim claim, Function<Transaction, IntakeReceipt> work) {
    Set<Long> written = new LinkedHashSet<>();
    IntakeReceipt receipt;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (claim != null && !claimed(c, claim)) {
          IntakeReceipt stored = stored(c, claim);
          c.rollback();
          return stored;
        }
        receipt = work.apply(new JdbcTransaction(c, written));
        if (claim != null) {
          keep(c, claim, receipt);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store an intake write", e);
    }
    new StatisticsFacts(dataSource).refresh(written);
    return receipt;
  }

  private static boolean claimed(Connection c, Claim claim) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO intake_idempotency (key_prefix, idempotency_key, request_hash)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, claim.keyPrefix());
      ps.setString(2, claim.idempotencyKey());
      ps.setBytes(3, claim.requestHash());
      return ps.executeUpdate() == 1;
    }
  }

  private static IntakeReceipt stored(Connection c, Claim claim) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT request_hash, reference, complaint_status, publication, event_seq, event_type,"
                + " note_withheld FROM intake_idempotency"
                + " WHERE key_prefix = ? AND idempotency_key = ?")) {
      ps.setString(1, claim.keyPrefix());
      ps.setString(2, claim.idempotencyKey());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("an idempotency row vanished under a conflict");
        }
        if (!Arrays.equals(rs.getBytes(1), claim.requestHash())) {
          throw new RuleViolationException(
              "Idempotency-Key",
              "This Idempotency-Key was used for a different request; use a new key for a new"
                  + " request, and the same request body to retry.");
        }
        return new IntakeReceipt(
            new ComplaintReference(rs.getString(2)),
            ComplaintStatus.valueOf(rs.getString(3)),
            Publication.valueOf(rs.getString(4)),
            rs.getInt(5),
            EventType.valueOf(rs.getString(6)),
            rs.getBoolean(7),
            true);
      }
    }
  }

  private static void keep(Connection c, Claim claim, IntakeReceipt receipt) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE intake_idempotency SET response_status = 201, reference = ?,"
                + " complaint_status = ?, publication = ?, event_seq = ?, event_type = ?,"
                + " note_withheld = ? WHERE key_prefix = ? AND idempotency_key = ?")) {
      ps.setString(1, receipt.reference().value());
      ps.setString(2, receipt.status().name());
      ps.setString(3, receipt.publication().name());
      ps.setInt(4, receipt.eventSequence());
      ps.setString(5, receipt.eventType().name());
      ps.setBoolean(6, receipt.noteWithheld());
      ps.setString(7, claim.keyPrefix());
      ps.setString(8, claim.idempotencyKey());
      ps.executeUpdate();
    }
  }

  /** One transaction's statements; remembers the complaints it wrote. */
  private record JdbcTransaction(Connection c, Set<Long> written) implements Transaction {
    @Override
    public Optional<Long> categoryId(String code) {
      return id("SELECT id FROM category WHERE code = ?", code);
    }

    @Override
    public boolean regionExists(String code) {
      return id("SELECT 1 FROM region WHERE code = ?", code).isPresent();
    }

    @Override
    public Optional<Long> agencyId(AgencyCode code) {
      return id("SELECT id FROM agency WHERE code = ?", code.value());
    }

    @Override
    public long nextComplaintId() {
      return id("SELECT nextval(pg_get_serial_sequence('complaint', 'id'))", null).orElseThrow();
    }

    @Override
    public void insertComplaint(NewComplaint n) {
      update(
          "INSERT INTO complaint (id, reference, channel, category_id, region_code, received_at,"
              + " status, published_text, publication, redaction_version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          n.id(),
          n.reference().value(),
          n.channel().name(),
          n.categoryId(),
          n.regionCode(),
          n.receivedAt(),
          n.status().name(),
          n.publishedText(),
          n.publication().name(),
          n.redactionVersion());
      written.add(n.id());
    }

    @Override
    public void insertOriginal(long complaintId, String text, String reporterName, String contact) {
      try {
        RestrictedOriginals.insert(c, complaintId, text, reporterName, contact);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot store an intake write", e);
      }
    }

    @Override
    public Optional<ComplaintState> lockComplaint(ComplaintReference reference) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT c.id, c.status, c.publication,"
                  + " (SELECT max(e.occurred_at) FROM complaint_event e"
                  + "   WHERE e.complaint_id = c.id),"
                  + " (SELECT max(e.seq) FROM complaint_event e WHERE e.complaint_id = c.id),"
                  + " ARRAY(SELECT a.code FROM complaint_routing r JOIN agency a"
                  + "   ON a.id = r.agency_id WHERE r.complaint_id = c.id AND r.ended_at IS NULL)"
                  + " FROM complaint c WHERE c.reference = ? FOR UPDATE OF c")) {
        ps.setString(1, reference.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Set<AgencyCode> agencies = new LinkedHashSet<>();
          for (String code : (String[]) rs.getArray(6).getArray()) {
            agencies.add(new AgencyCode(code));
          }
          return Optional.of(
              new ComplaintState(
                  rs.getLong(1),
                  reference,
                  ComplaintStatus.valueOf(rs.getString(2)),
                  Publication.valueOf(rs.getString(3)),
                  rs.getObject(4, OffsetDateTime.class),
                  rs.getInt(5),
                  agencies));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read complaint " + reference, e);
      }
    }

    @Override
    public void appendEvent(
        long complaintId,
        int sequence,
        EventType type,
        OffsetDateTime at,
        Long agencyId,
        String note) {
      update(
          "INSERT INTO complaint_event (complaint_id, seq, event_type, occurred_at, agency_id,"
              + " public_note) VALUES (?, ?, ?, ?, ?, ?)",
          complaintId,
          sequence,
          type.name(),
          at,
          agencyId,
          note);
      written.add(complaintId);
    }

    @Override
    public void route(long complaintId, long agencyId, OffsetDateTime at) {
      update(
          "INSERT INTO complaint_routing (complaint_id, agency_id, routed_at) VALUES (?, ?, ?)",
          complaintId,
          agencyId,
          at);
    }

    @Override
    public void setStatus(long complaintId, ComplaintStatus status, boolean clearSatisfaction) {
      update(
          "UPDATE complaint SET status = ?, version = version + 1"
              + (clearSatisfaction ? ", satisfaction = NULL" : "")
              + " WHERE id = ?",
          status.name(),
          complaintId);
    }

    @Override
    public void audit(
        ApiKey who,
        String action,
        long complaintId,
        ComplaintReference reference,
        EventType eventType,
        String sourceSystem,
        String sourceId) {
      update(
          "INSERT INTO intake_audit (key_prefix, key_kind, action, complaint_id, reference,"
              + " event_type, source_system, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          who.prefix(),
          who.kind().name(),
          action,
          complaintId,
          reference.value(),
          eventType == null ? null : eventType.name(),
          sourceSystem,
          sourceId);
    }

    private Optional<Long> id(String sql, String parameter) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (parameter != null) {
          ps.setString(1, parameter);
        }
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot look up an intake reference", e);
      }
    }

    private void update(String sql, Object... values) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < values.length; i++) {
          if (values[i] == null) {
            ps.setNull(i + 1, Types.NULL);
          } else {
            ps.setObject(i + 1, values[i]);
          }
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot store an intake write", e);
      }
    }
  }
}
