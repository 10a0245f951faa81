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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes batches of imported complaints, each in one transaction, so a batch is in whole or not at
 * all and a rerun after a crash finds every committed row by its natural key (source system, source
 * id): an unchanged row (same fingerprint) is left alone, a changed one is updated and its new
 * timeline events appended, a new one inserted. Every stored text goes through the {@link Redactor}
 * as the demo generator's does; a residual risk leaves the complaint in the review queue.
 *
 * <p>A batch goes in two steps so an importer can overlap them: {@link #prepare} (read-only: the
 * natural-key look-up and the redaction of every row that will be written, on all cores) and {@link
 * #write} (under the import lock: the authoritative look-up, COPY of new rows, updates). Statistics
 * facts are not refreshed per batch: new rows are found by their missing facts and updated ones are
 * marked in {@code complaint_fact_stale} in the batch's own transaction, and {@link
 * #refreshOutdatedFacts} brings them all up to date at once (also after a killed run).
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
  private volatile Map<String, Long> agencyIds;
  private volatile Map<String, Long> categoryIds;

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
   * Brings the statistics facts of every complaint an import (this one, or one killed before its
   * end) added or changed up to date; returns how many complaints that was.
   */
  public int refreshOutdatedFacts() {
    return facts.refreshOutdated();
  }

  /**
   * A batch with its rows' fingerprints and, for every row that looked new or changed when it was
   * prepared, its redacted text and public notes. Safe to hand from the preparing thread to the
   * writing one.
   */
  public static final class Prepared {
    private final List<ImportedComplaint> rows;
    private final String[] fingerprints;
    private final Redaction[] texts;
    private final String[][] notes;

    private Prepared(List<ImportedComplaint> rows) {
      this.rows = List.copyOf(rows);
      this.fingerprints = new String[rows.size()];
      this.texts = new Redaction[rows.size()];
      this.notes = new String[rows.size()][];
    }

    public int size() {
      return rows.size();
    }
  }

  /**
   * Looks the batch's rows up and redacts, on every core, those that are new or changed; writes
   * nothing. May run on another thread while the previous batch is being written: {@link #write}
   * redacts whatever it finds to write that was not redacted here.
   */
  public Prepared prepare(List<ImportedComplaint> batch) {
    ensureCodes();
    Prepared p = new Prepared(batch);
    Map<Key, Stored> stored;
    try (Connection c = dataSource.getConnection()) {
      stored = lookUp(c, p.rows);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look up a batch of imported complaints", e);
    }
    IntStream.range(0, p.size())
        .parallel()
        .forEach(
            i -> {
              ImportedComplaint row = p.rows.get(i);
              p.fingerprints[i] = row.fingerprint();
              Stored s = stored.get(new Key(row.sourceSystem(), row.sourceId()));
              if (s == null || !s.fingerprint().equals(p.fingerprints[i])) {
                p.texts[i] = redactor.redact(row.text());
                p.notes[i] = publicNotes(row);
              }
            });
    return p;
  }

  /** Prepares and writes {@code batch} in one go. */
  public ImportSummary write(List<ImportedComplaint> batch) {
    return write(prepare(batch));
  }

  /**
   * Writes a prepared batch atomically; returns how many rows were inserted, updated, unchanged.
   */
  public ImportSummary write(Prepared batch) {
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
        Map<Key, Stored> stored = lookUp(c, batch.rows);
        Map<Key, Integer> fresh = new LinkedHashMap<>();
        Map<Long, Integer> changed = new LinkedHashMap<>();
        Map<Long, Stored> changedStored = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
          ImportedComplaint row = batch.rows.get(i);
          Key key = new Key(row.sourceSystem(), row.sourceId());
          Stored s = stored.get(key);
          if (s == null && fresh.containsKey(key)) {
            // The same complaint twice in one batch: the later row wins, counted as an update.
            fresh.put(key, i);
            updated++;
          } else if (s == null) {
            fresh.put(key, i);
            inserted++;
          } else if (s.fingerprint().equals(batch.fingerprints[i])
              && !changed.containsKey(s.id())) {
            unchanged++;
          } else {
            changed.put(s.id(), i);
            changedStored.put(s.id(), s);
            updated++;
          }
        }
        insert(c, batch, new ArrayList<>(fresh.values()));
        update(c, batch, changed, changedStored);
        // Updated rows' facts are renewed by refreshOutdatedFacts, even after a crash.
        StatisticsFacts.markStale(c, changed.keySet());
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write a batch of imported complaints", e);
    }
    return new ImportSummary(inserted, updated, unchanged, 0);
  }

  private void ensureCodes() {
    if (agencyIds == null) {
      knownCodes();
    }
  }

  private Redaction text(Prepared batch, int i) {
    if (batch.texts[i] == null) {
      batch.texts[i] = redactor.redact(batch.rows.get(i).text());
    }
    return batch.texts[i];
  }

  private String note(Prepared batch, int i, int event) {
    if (batch.notes[i] == null) {
      batch.notes[i] = publicNotes(batch.rows.get(i));
    }
    return batch.notes[i][event];
  }

  /** Each event's note as it may be published: redacted, and dropped if still risky. */
  private String[] publicNotes(ImportedComplaint row) {
    String[] out = new String[row.events().size()];
    for (int e = 0; e < out.length; e++) {
      String note = row.events().get(e).note();
      if (note != null) {
        Redaction r = redactor.redact(note);
        out[e] = r.hasResidualRisk() ? null : r.redactedText();
      }
    }
    return out;
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

  private void insert(Connection c, Prepared batch, List<Integer> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
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
        new CopyBuffer("complaint_routing", "complaint_id", "agency_id", "routed_at", "ended_at");
    CopyBuffer events =
        new CopyBuffer(
            "complaint_event",
            "complaint_id",
            "seq",
            "event_type",
            "occurred_at",
            "agency_id",
            "public_note");
    for (int n = 0; n < rows.size(); n++) {
      int i = rows.get(n);
      ImportedComplaint row = batch.rows.get(i);
      long id = ids.get(n);
      Redaction redaction = text(batch, i);
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
          .value(batch.fingerprints[i])
          .endRow();
      originals
          .value(id)
          .value(row.text())
          .value(row.reporterName())
          .value(row.reporterContact())
          .endRow();
      for (Routing r : routings(row.events())) {
        routings.value(id).value(agencyIds.get(r.agency)).timestamp(r.routedAt.getEpochSecond());
        if (r.endedAt == null) {
          routings.nullValue();
        } else {
          routings.timestamp(r.endedAt.getEpochSecond());
        }
        routings.endRow();
      }
      int seq = 1;
      for (int e = 0; e < row.events().size(); e++) {
        ImportedEvent event = row.events().get(e);
        events.value(id).value(seq++).value(event.type().name());
        events.timestamp(event.occurredAt().getEpochSecond());
        if (event.agencyCode() == null) {
          events.nullValue();
        } else {
          events.value(agencyIds.get(event.agencyCode()));
        }
        events.value(note(batch, i, e)).endRow();
      }
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    complaints.flush(copy);
    originals.flush(copy);
    routings.flush(copy);
    events.flush(copy);
  }

  /** One agency's turn with a complaint: from its routing until a re-routing took it away. */
  private static final class Routing {
    final String agency;
    final Instant routedAt;
    Instant endedAt;

    Routing(String agency, Instant routedAt) {
      this.agency = agency;
      this.routedAt = routedAt;
    }
  }

  /**
   * The routings a timeline makes: a ROUTED event gives the complaint to one more agency (unless it
   * is with it already); a re-routing ({@code REROUTED} in the file) first takes it from every
   * agency it is with.
   */
  private static List<Routing> routings(List<ImportedEvent> events) {
    List<Routing> out = new ArrayList<>();
    for (ImportedEvent e : events) {
      if (e.type() != EventType.ROUTED) {
        continue;
      }
      if (e.reroute()) {
        for (Routing r : out) {
          if (r.endedAt == null) {
            r.endedAt = e.occurredAt();
          }
        }
      }
      if (out.stream().noneMatch(r -> r.endedAt == null && r.agency.equals(e.agencyCode()))) {
        out.add(new Routing(e.agencyCode(), e.occurredAt()));
      }
    }
    return out;
  }

  private void update(
      Connection c, Prepared batch, Map<Long, Integer> rows, Map<Long, Stored> stored)
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
        PreparedStatement event =
            c.prepareStatement(
                "INSERT INTO complaint_event (complaint_id, seq, event_type, occurred_at,"
                    + " agency_id, public_note)"
                    + " SELECT ?, (SELECT coalesce(max(seq), 0) + 1 FROM complaint_event"
                    + " WHERE complaint_id = ?), ?, ?, ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM complaint_event WHERE complaint_id = ?"
                    + " AND event_type = ? AND occurred_at = ?"
                    + " AND agency_id IS NOT DISTINCT FROM ?)");
        PreparedStatement endRoutings =
            c.prepareStatement(
                "UPDATE complaint_routing SET ended_at = ?"
                    + " WHERE complaint_id = ? AND ended_at IS NULL AND routed_at <= ?");
        PreparedStatement route =
            c.prepareStatement(
                "INSERT INTO complaint_routing (complaint_id, agency_id, routed_at)"
                    + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM complaint_routing"
                    + " WHERE complaint_id = ? AND agency_id = ? AND ended_at IS NULL)")) {
      for (Map.Entry<Long, Integer> entry : rows.entrySet()) {
        long id = entry.getKey();
        int i = entry.getValue();
        ImportedComplaint row = batch.rows.get(i);
        Stored before = stored.get(id);
        // An operator's decision on this very text stands; a new text is judged afresh.
        if (before.decided() && row.text().equals(before.originalText())) {
          int p = complaintFields(keepDecision, 1, row);
          keepDecision.setString(p++, batch.fingerprints[i]);
          keepDecision.setLong(p, id);
          keepDecision.addBatch();
        } else {
          Redaction redaction = text(batch, i);
          int p = complaintFields(withText, 1, row);
          withText.setString(p++, row.status().isPublic() ? redaction.redactedText() : null);
          withText.setString(p++, Publication.after(redaction).name());
          withText.setInt(p++, Redactor.VERSION);
          withText.setString(p++, batch.fingerprints[i]);
          withText.setLong(p, id);
          withText.addBatch();
        }
        setOriginal(original, id, row);
        // Events are appended in timeline order; only a newly appended routing moves the
        // complaint between agencies, so routings made since (intake, an operator) stay.
        for (int e = 0; e < row.events().size(); e++) {
          ImportedEvent ev = row.events().get(e);
          event.setLong(1, id);
          event.setLong(2, id);
          event.setString(3, ev.type().name());
          event.setTimestamp(4, Timestamp.from(ev.occurredAt()));
          setAgency(event, 5, ev.agencyCode());
          event.setString(6, note(batch, i, e));
          event.setLong(7, id);
          event.setString(8, ev.type().name());
          event.setTimestamp(9, Timestamp.from(ev.occurredAt()));
          setAgency(event, 10, ev.agencyCode());
          boolean appended = event.executeUpdate() == 1;
          if (appended && ev.type() == EventType.ROUTED) {
            Timestamp at = Timestamp.from(ev.occurredAt());
            if (ev.reroute()) {
              endRoutings.setTimestamp(1, at);
              endRoutings.setLong(2, id);
              endRoutings.setTimestamp(3, at);
              endRoutings.executeUpdate();
            }
            long agency = agencyIds.get(ev.agencyCode());
            route.setLong(1, id);
            route.setLong(2, agency);
            route.setTimestamp(3, at);
            route.setLong(4, id);
            route.setLong(5, agency);
            route.executeUpdate();
          }
        }
      }
      withText.executeBatch();
      keepDecision.executeBatch();
      original.executeBatch();
    }
  }

  private static final String ORIGINAL_UPSERT =
      "INSERT INTO complaint_original (complaint_id, original_text, reporter_name,"
          + " reporter_contact) VALUES (?, ?, ?, ?) ON CONFLICT (complaint_id) DO UPDATE SET"
          + " original_text = excluded.original_text, reporter_name = excluded.reporter_name,"
          + " reporter_contact = excluded.reporter_contact";

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
