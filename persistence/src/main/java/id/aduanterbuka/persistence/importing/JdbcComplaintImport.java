package id.aduanterbuka.persistence.importing;

import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.ingest.ImportSummary;
import id.aduanterbuka.ingest.ImportedComplaint;
import id.aduanterbuka.ingest.ImportedEvent;
import id.aduanterbuka.ingest.KnownCodes;
import id.aduanterbuka.persistence.seed.CopyBuffer;
import id.aduanterbuka.persistence.statistics.StatisticsFacts;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.privacy.Redaction;
import id.aduanterbuka.privacy.Redactor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one batch of imported complaints in one transaction, so a batch is in whole or not at all
 * and a rerun after a crash finds every committed row by its natural key (source system, source
 * id): an unchanged row (same fingerprint) is left alone, a changed one is updated and its new
 * timeline events appended, a new one inserted. Every stored text goes through the {@link Redactor}
 * as the demo generator's does; a residual risk leaves the complaint in the review queue.
 * Afterwards the statistics facts of the written complaints are refreshed.
 *
 * <p>Imports serialise on an advisory lock, so two imports of overlapping files cannot both insert
 * the same natural key.
 */
public final class JdbcComplaintImport {
  static final String REFERENCE_PREFIX = "ADU";
  private static final long IMPORT_LOCK = 0x41647541496d7074L;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final DataSource dataSource;
  private final StatisticsFacts facts;
  private final Redactor redactor = new Redactor();
  private Map<String, Long> agencyIds;
  private Map<String, Long> categoryIds;

  public JdbcComplaintImport(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource);
    this.facts = new StatisticsFacts(dataSource);
  }

  /** The codes rows may use, read once per import. */
  public KnownCodes knownCodes() {
    try (Connection c = dataSource.getConnection()) {
      agencyIds = idsByCode(c, "agency");
      categoryIds = idsByCode(c, "category");
      Set<String> regions = new HashSet<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT code FROM region")) {
        while (rs.next()) {
          regions.add(rs.getString(1));
        }
      }
      return new KnownCodes(agencyIds.keySet(), categoryIds.keySet(), regions);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the agency, category and region codes", e);
    }
  }

  /**
   * Brings the facts of complaints committed by an import that was killed before it refreshed them
   * up to date; cheap when there are none.
   */
  public int refreshMissingFacts() {
    return facts.refreshMissing();
  }

  /** Writes {@code batch} atomically; returns how many rows were inserted, updated, unchanged. */
  public ImportSummary write(List<ImportedComplaint> batch) {
    if (agencyIds == null) {
      knownCodes();
    }
    List<Long> written = new ArrayList<>();
    long inserted = 0;
    long updated = 0;
    long unchanged = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          lock.setLong(1, IMPORT_LOCK);
          lock.execute();
        }
        Map<Key, Stored> stored = lookUp(c, batch);
        Map<Key, ImportedComplaint> fresh = new LinkedHashMap<>();
        Map<Long, ImportedComplaint> changed = new LinkedHashMap<>();
        Map<Long, Stored> changedStored = new HashMap<>();
        for (ImportedComplaint row : batch) {
          Key key = new Key(row.sourceSystem(), row.sourceId());
          String fingerprint = row.fingerprint();
          Stored s = stored.get(key);
          if (s == null && fresh.containsKey(key)) {
            // The same complaint twice in one batch: the later row wins, counted as an update.
            fresh.put(key, row);
            updated++;
          } else if (s == null) {
            fresh.put(key, row);
            inserted++;
          } else if (s.fingerprint().equals(fingerprint) && !changed.containsKey(s.id())) {
            unchanged++;
          } else {
            changed.put(s.id(), row);
            changedStored.put(s.id(), s);
            updated++;
          }
        }
        written.addAll(insert(c, new ArrayList<>(fresh.values())));
        update(c, changed, changedStored);
        written.addAll(changed.keySet());
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write a batch of imported complaints", e);
    }
    facts.refresh(written);
    return new ImportSummary(inserted, updated, unchanged, 0);
  }

  private record Key(String system, String id) {}

  private record Stored(long id, String fingerprint, String originalText, boolean decided) {}

  private static Map<Key, Stored> lookUp(Connection c, List<ImportedComplaint> batch)
      throws SQLException {
    Map<String, List<String>> bySystem = new HashMap<>();
    for (ImportedComplaint row : batch) {
      bySystem.computeIfAbsent(row.sourceSystem(), k -> new ArrayList<>()).add(row.sourceId());
    }
    Map<Key, Stored> found = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.source_id, c.id, c.import_hash, o.original_text,"
                + " EXISTS (SELECT 1 FROM review_decision d WHERE d.complaint_id = c.id)"
                + " FROM complaint c LEFT JOIN complaint_original o ON o.complaint_id = c.id"
                + " WHERE c.source_system = ? AND c.source_id = ANY (?)")) {
      for (Map.Entry<String, List<String>> e : bySystem.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setArray(2, c.createArrayOf("varchar", e.getValue().toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.put(
                new Key(e.getKey(), rs.getString(1)),
                new Stored(
                    rs.getLong(2),
                    String.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getBoolean(5)));
          }
        }
      }
    }
    return found;
  }

  private List<Long> insert(Connection c, List<ImportedComplaint> rows) throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    // CPU-bound and stateless: the batch's texts on every core.
    List<Redaction> redactions = rows.parallelStream().map(r -> redactor.redact(r.text())).toList();
    List<Long> ids = new ArrayList<>(rows.size());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT nextval(pg_get_serial_sequence('complaint', 'id'))"
                + " FROM generate_series(1, ?)")) {
      ps.setInt(1, rows.size());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    // New rows go in by COPY, as the demo generator's do: several times faster than INSERTs.
    CopyBuffer complaints =
        new CopyBuffer(
            "complaint",
            "id",
            "reference",
            "channel",
            "category_id",
            "region_code",
            "received_at",
            "status",
            "published_text",
            "publication",
            "redaction_version",
            "source_system",
            "source_id",
            "import_hash");
    CopyBuffer originals =
        new CopyBuffer(
            "complaint_original",
            "complaint_id",
            "original_text",
            "reporter_name",
            "reporter_contact");
    CopyBuffer routings =
        new CopyBuffer("complaint_routing", "complaint_id", "agency_id", "routed_at");
    CopyBuffer events =
        new CopyBuffer(
            "complaint_event",
            "complaint_id",
            "seq",
            "event_type",
            "occurred_at",
            "agency_id",
            "public_note");
    for (int i = 0; i < rows.size(); i++) {
      ImportedComplaint row = rows.get(i);
      long id = ids.get(i);
      Redaction redaction = redactions.get(i);
      complaints
          .value(id)
          .value(
              ComplaintReference.of(REFERENCE_PREFIX, row.receivedAt().atZone(WIB).getYear(), id)
                  .value())
          .value(row.channel().name())
          .value(categoryIds.get(row.categoryCode()))
          .value(row.regionCode())
          .timestamp(row.receivedAt().getEpochSecond())
          .value(row.status().name())
          .value(row.status().isPublic() ? redaction.redactedText() : null)
          .value(Publication.after(redaction).name())
          .value(Redactor.VERSION)
          .value(row.sourceSystem())
          .value(row.sourceId())
          .value(row.fingerprint())
          .endRow();
      originals
          .value(id)
          .value(row.text())
          .value(row.reporterName())
          .value(row.reporterContact())
          .endRow();
      Set<String> routed = new HashSet<>();
      int seq = 1;
      for (ImportedEvent e : row.events()) {
        if (e.type() == EventType.ROUTED && routed.add(e.agencyCode())) {
          routings
              .value(id)
              .value(agencyIds.get(e.agencyCode()))
              .timestamp(e.occurredAt().getEpochSecond())
              .endRow();
        }
        events.value(id).value(seq++).value(e.type().name());
        events.timestamp(e.occurredAt().getEpochSecond());
        if (e.agencyCode() == null) {
          events.nullValue();
        } else {
          events.value(agencyIds.get(e.agencyCode()));
        }
        events.value(publicNote(e)).endRow();
      }
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    complaints.flush(copy);
    originals.flush(copy);
    routings.flush(copy);
    events.flush(copy);
    return ids;
  }

  private void update(Connection c, Map<Long, ImportedComplaint> rows, Map<Long, Stored> stored)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement withText =
            c.prepareStatement(
                "UPDATE complaint SET channel = ?, category_id = ?, region_code = ?,"
                    + " received_at = ?, status = ?, published_text = ?, publication = ?,"
                    + " redaction_version = ?, import_hash = ?, version = version + 1"
                    + " WHERE id = ?");
        PreparedStatement keepDecision =
            c.prepareStatement(
                "UPDATE complaint SET channel = ?, category_id = ?, region_code = ?,"
                    + " received_at = ?, status = ?, import_hash = ?, version = version + 1"
                    + " WHERE id = ?");
        PreparedStatement original = c.prepareStatement(ORIGINAL_UPSERT);
        PreparedStatement clearRoutings =
            c.prepareStatement("DELETE FROM complaint_routing WHERE complaint_id = ?");
        PreparedStatement routing = c.prepareStatement(ROUTING_INSERT);
        PreparedStatement event =
            c.prepareStatement(
                "INSERT INTO complaint_event (complaint_id, seq, event_type, occurred_at,"
                    + " agency_id, public_note)"
                    + " SELECT ?, (SELECT coalesce(max(seq), 0) + 1 FROM complaint_event"
                    + " WHERE complaint_id = ?), ?, ?, ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM complaint_event WHERE complaint_id = ?"
                    + " AND event_type = ? AND occurred_at = ?"
                    + " AND agency_id IS NOT DISTINCT FROM ?)")) {
      for (Map.Entry<Long, ImportedComplaint> entry : rows.entrySet()) {
        long id = entry.getKey();
        ImportedComplaint row = entry.getValue();
        Stored before = stored.get(id);
        // An operator's decision on this very text stands; a new text is judged afresh.
        if (before.decided() && row.text().equals(before.originalText())) {
          int p = complaintFields(keepDecision, 1, row);
          keepDecision.setString(p++, row.fingerprint());
          keepDecision.setLong(p, id);
          keepDecision.addBatch();
        } else {
          Redaction redaction = redactor.redact(row.text());
          int p = complaintFields(withText, 1, row);
          withText.setString(p++, row.status().isPublic() ? redaction.redactedText() : null);
          withText.setString(p++, Publication.after(redaction).name());
          withText.setInt(p++, Redactor.VERSION);
          withText.setString(p++, row.fingerprint());
          withText.setLong(p, id);
          withText.addBatch();
        }
        setOriginal(original, id, row);
        clearRoutings.setLong(1, id);
        clearRoutings.addBatch();
        addRoutings(routing, id, row);
        for (ImportedEvent e : row.events()) {
          event.setLong(1, id);
          event.setLong(2, id);
          setEvent(event, 3, e);
          event.setLong(7, id);
          event.setString(8, e.type().name());
          event.setTimestamp(9, Timestamp.from(e.occurredAt()));
          setAgency(event, 10, e.agencyCode());
          event.addBatch();
        }
      }
      withText.executeBatch();
      keepDecision.executeBatch();
      original.executeBatch();
      clearRoutings.executeBatch();
      routing.executeBatch();
      event.executeBatch();
    }
  }

  private static final String ORIGINAL_UPSERT =
      "INSERT INTO complaint_original (complaint_id, original_text, reporter_name,"
          + " reporter_contact) VALUES (?, ?, ?, ?) ON CONFLICT (complaint_id) DO UPDATE SET"
          + " original_text = excluded.original_text, reporter_name = excluded.reporter_name,"
          + " reporter_contact = excluded.reporter_contact";

  private static final String ROUTING_INSERT =
      "INSERT INTO complaint_routing (complaint_id, agency_id, routed_at) VALUES (?, ?, ?)";

  private int complaintFields(PreparedStatement ps, int p, ImportedComplaint row)
      throws SQLException {
    ps.setString(p++, row.channel().name());
    ps.setLong(p++, categoryIds.get(row.categoryCode()));
    ps.setString(p++, row.regionCode());
    ps.setTimestamp(p++, Timestamp.from(row.receivedAt()));
    ps.setString(p++, row.status().name());
    return p;
  }

  private static void setOriginal(PreparedStatement ps, long id, ImportedComplaint row)
      throws SQLException {
    ps.setLong(1, id);
    ps.setString(2, row.text());
    ps.setString(3, row.reporterName());
    ps.setString(4, row.reporterContact());
    ps.addBatch();
  }

  /** One open routing per agency the timeline routed to, from its first routing. */
  private void addRoutings(PreparedStatement ps, long id, ImportedComplaint row)
      throws SQLException {
    Set<String> seen = new HashSet<>();
    for (ImportedEvent e : row.events()) {
      if (e.type() == EventType.ROUTED && seen.add(e.agencyCode())) {
        ps.setLong(1, id);
        ps.setLong(2, agencyIds.get(e.agencyCode()));
        ps.setTimestamp(3, Timestamp.from(e.occurredAt()));
        ps.addBatch();
      }
    }
  }

  /** Type, time, agency and the note — public, so redacted, and dropped if still risky. */
  private void setEvent(PreparedStatement ps, int p, ImportedEvent e) throws SQLException {
    ps.setString(p++, e.type().name());
    ps.setTimestamp(p++, Timestamp.from(e.occurredAt()));
    setAgency(ps, p++, e.agencyCode());
    ps.setString(p, publicNote(e));
  }

  private String publicNote(ImportedEvent e) {
    if (e.note() == null) {
      return null;
    }
    Redaction r = redactor.redact(e.note());
    return r.hasResidualRisk() ? null : r.redactedText();
  }

  private void setAgency(PreparedStatement ps, int p, String code) throws SQLException {
    if (code == null) {
      ps.setNull(p, Types.BIGINT);
    } else {
      ps.setLong(p, agencyIds.get(code));
    }
  }

  private static Map<String, Long> idsByCode(Connection c, String table) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, id FROM " + table)) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
    return ids;
  }
}
