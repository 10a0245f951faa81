package id.aduanterbuka.persistence.intake;

import id.aduanterbuka.access.ApiKey;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.ProcessedPhoto;
import id.aduanterbuka.evidence.SubmittedPhoto;
import id.aduanterbuka.intake.IntakeReceipt;
import id.aduanterbuka.intake.IntakeStore;
import id.aduanterbuka.persistence.audit.IntakeAudit;
import id.aduanterbuka.persistence.evidence.PhotoRows;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
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
  // The class of the advisory locks on (source system, source id): "ADUS". Two-int locks do not
  // share a key space with the one-bigint locks of imports and statistics.
  private static final int SOURCE_LOCK = 0x41445553;

  @Resource(lookup = "java:app/jdbc/aduan")
  private DataSource dataSource;

  protected JdbcIntakeStore() {}

  public JdbcIntakeStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public IntakeReceipt write(Claim claim, Function<Transaction, IntakeReceipt> work) {
    try {
      return attempt(claim, work);
    } catch (RuntimeException e) {
      if (!isSourceConflict(e)) {
        throw e;
      }
      // A bulk import stored the same source pair between our look-up and our insert (it does not
      // take our per-pair lock): everything was rolled back, and a second attempt finds its row.
      return attempt(claim, work);
    }
  }

  /** Whether {@code e} comes from the unique index on (source_system, source_id). */
  static boolean isSourceConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains("complaint_source_key")) {
        return true;
      }
    }
    return false;
  }

  private IntakeReceipt attempt(Claim claim, Function<Transaction, IntakeReceipt> work) {
    Set<Long> written = new LinkedHashSet<>();
    IntakeReceipt receipt;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (claim != null && !IdempotencyRecords.claim(c, claim)) {
          IntakeReceipt stored = IdempotencyRecords.answer(c, claim);
          c.rollback();
          return stored;
        }
        receipt = work.apply(new JdbcTransaction(c, written));
        if (claim != null) {
          IdempotencyRecords.keep(c, claim, receipt);
        }
        StatisticsFacts.markStale(c, written);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store an intake write", e);
    }
    // Marked stale above: a crash before this refresh is caught up at the next start or import.
    new StatisticsFacts(dataSource).refresh(written);
    return receipt;
  }

  @Override
  public int forgetClaimsBefore(Instant cutoff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM intake_idempotency WHERE created_at < ?")) {
      ps.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete expired idempotency records", e);
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
              + " status, published_text, publication, redaction_version, source_system,"
              + " source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          n.id(),
          n.reference().value(),
          n.channel().name(),
          n.categoryId(),
          n.regionCode(),
          n.receivedAt(),
          n.status().name(),
          n.publishedText(),
          n.publication().name(),
          n.redactionVersion(),
          n.sourceSystem(),
          n.sourceId());
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
    public Optional<SourcedComplaint> lockSource(String sourceSystem, String sourceId) {
      try {
        try (PreparedStatement lock =
            c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(? || '/' || ?))")) {
          lock.setInt(1, SOURCE_LOCK);
          lock.setString(2, sourceSystem);
          lock.setString(3, sourceId);
          lock.execute();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT c.id, c.reference, c.status, c.publication, e.seq, e.event_type"
                    + " FROM complaint c LEFT JOIN LATERAL (SELECT seq, event_type"
                    + "   FROM complaint_event WHERE complaint_id = c.id ORDER BY seq DESC LIMIT 1)"
                    + " e ON true WHERE c.source_system = ? AND c.source_id = ?")) {
          ps.setString(1, sourceSystem);
          ps.setString(2, sourceId);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            return Optional.of(
                new SourcedComplaint(
                    rs.getLong(1),
                    new IntakeReceipt(
                        new ComplaintReference(rs.getString(2)),
                        ComplaintStatus.valueOf(rs.getString(3)),
                        Publication.valueOf(rs.getString(4)),
                        rs.getInt(5),
                        rs.getString(6) == null
                            ? EventType.RECEIVED
                            : EventType.valueOf(rs.getString(6)),
                        false,
                        false,
                        true,
                        List.of())));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot look up a complaint by its source", e);
      }
    }

    @Override
    public Optional<SubmittedPhoto> samePhoto(long complaintId, PhotoRole role, String sha256) {
      try {
        return PhotoRows.same(c, complaintId, role, sha256);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot look for an earlier upload", e);
      }
    }

    @Override
    public long addPhoto(
        long complaintId,
        ComplaintReference reference,
        PhotoRole role,
        ProcessedPhoto photo,
        ApiKey who,
        Instant at) {
      try {
        long id = PhotoRows.insert(c, complaintId, role, photo, who.prefix(), at);
        IntakeAudit.photo(c, who, complaintId, reference.value(), id, role, photo);
        return id;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot store a photo", e);
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
      try {
        IntakeAudit.write(
            c,
            who,
            action,
            complaintId,
            reference.value(),
            eventType == null ? null : eventType.name(),
            sourceSystem,
            sourceId);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot store an intake write", e);
      }
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
