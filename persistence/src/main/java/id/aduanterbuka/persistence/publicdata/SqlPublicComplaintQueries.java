package id.aduanterbuka.persistence.publicdata;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.persistence.JdbcValues;
import id.aduanterbuka.persistence.LongRunningWork;
import id.aduanterbuka.persistence.SqlArrays;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.publicdata.ComplaintCursor;
import id.aduanterbuka.publicdata.ComplaintDetail;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintRecord;
import id.aduanterbuka.publicdata.ComplaintSort;
import id.aduanterbuka.publicdata.ComplaintSummary;
import id.aduanterbuka.publicdata.PublicComplaintQueries;
import id.aduanterbuka.publicdata.Slice;
import id.aduanterbuka.statistics.WorkingCalendar;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The public complaint list, search, pages of records, detail and export in SQL. Every query starts
 * from the same gate — a public status and a published text — bound from the domain's enums; the
 * restricted original table is never joined.
 */
@ApplicationScoped
public class SqlPublicComplaintQueries implements PublicComplaintQueries {
  /**
   * Agencies, first response and resolution come from the complaint's primary statistics fact
   * (computed from the timeline by StatisticsFacts, kept in step with every change) through its
   * unique index. Subqueries in the select list, not joins: PostgreSQL runs them only for the rows
   * left after ORDER BY … LIMIT, where a join would run for every match of a text search before the
   * sort (measured: docs/benchmarks.md).
   */
  private static final String COLUMNS =
      "SELECT c.id, c.reference, c.received_at, c.status, c.channel, k.code, k.name_id,"
          + " k.name_en, c.region_code, r.name,"
          + " (SELECT f.agency_codes FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),"
          + " (SELECT f.agency_names FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),"
          + " (SELECT f.first_response_at FROM complaint_fact f"
          + "   WHERE f.complaint_id = c.id AND f.primary_row),"
          + " (SELECT f.resolved_at FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),"
          + " %s, c.satisfaction"
          + " FROM complaint c JOIN category k ON k.id = c.category_id"
          + " LEFT JOIN region r ON r.code = c.region_code"
          + " WHERE c.publication = ? AND c.status = ANY (?)";

  private static final int EXCERPT = 240;

  /**
   * Columns 15 to 18 of a record: the excerpt, the full text, the time of the last timeline event
   * and the latest non-empty public note (by timeline order).
   */
  private static final String RECORD =
      "left(c.published_text, "
          + EXCERPT
          + "), c.published_text,"
          + " COALESCE((SELECT max(e.occurred_at) FROM complaint_event e"
          + "   WHERE e.complaint_id = c.id), c.received_at),"
          + " (SELECT e.public_note FROM complaint_event e WHERE e.complaint_id = c.id"
          + "   AND e.public_note <> '' ORDER BY e.seq DESC LIMIT 1)";

  // Public reads: the read pool (a streaming replica when one is configured, else the primary).
  @Resource(lookup = "java:app/jdbc/aduan-read")
  private DataSource dataSource;

  protected SqlPublicComplaintQueries() {}

  public SqlPublicComplaintQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The SQL under construction and its parameters, in order. */
  private static final class Query {
    final StringBuilder sql;
    final List<Object> params = new ArrayList<>();

    Query(String text) {
      this.sql = new StringBuilder(text);
    }

    Query and(String condition, Object... values) {
      sql.append(" AND ").append(condition);
      params.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * Plan with the actual values every time: a search word's frequency decides between walking the
     * newest complaints (common words) and the text index (rare ones), which a generic plan for a
     * server-prepared statement cannot know.
     */
    boolean planPerValue;

    PreparedStatement prepare(Connection c) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql.toString());
      if (planPerValue && ps.isWrapperFor(org.postgresql.PGStatement.class)) {
        ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
      }
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof Instant t) {
          ps.setTimestamp(i + 1, Timestamp.from(t));
        } else {
          ps.setObject(i + 1, p);
        }
      }
      return ps;
    }
  }

  private static Query base(Connection c, String text) throws SQLException {
    Query q = new Query(COLUMNS.formatted(text));
    q.params.add(Publication.PUBLISHED.name());
    q.params.add(statuses(c, ComplaintStatus::isPublic));
    return q;
  }

  @Override
  public Slice<ComplaintSummary> search(
      ComplaintFilter f, ComplaintSort sort, ComplaintCursor cursor, int limit) {
    try (Connection c = dataSource.getConnection()) {
      Query q = base(c, "left(c.published_text, " + EXCERPT + ")");
      filter(c, q, f);
      boolean newest = sort != ComplaintSort.OLDEST;
      if (cursor != null) {
        q.and(
            "(c.received_at, c.id) " + (newest ? "<" : ">") + " (?, ?)",
            cursor.receivedAt(),
            cursor.id());
      }
      String direction = newest ? " DESC" : "";
      q.sql.append(" ORDER BY c.received_at").append(direction).append(", c.id").append(direction);
      // The limit is written into the SQL (a validated int): with "LIMIT ?" a generic plan of the
      // server-prepared statement is costed for a tenth of the table, so PostgreSQL prefers to
      // re-plan (planning this query takes ~2 ms, running it ~1 ms).
      q.sql.append(" LIMIT ").append(Math.addExact(limit, 1));
      List<ComplaintSummary> items = new ArrayList<>();
      ComplaintCursor last = null;
      try (PreparedStatement ps = q.prepare(c);
          ResultSet rs = ps.executeQuery()) {
        boolean more = false;
        while (rs.next()) {
          if (items.size() == limit) {
            more = true;
            break;
          }
          items.add(summary(rs));
          last = new ComplaintCursor(JdbcValues.instant(rs, 3), rs.getLong(1));
        }
        return new Slice<>(items, more && last != null ? last.encode() : null);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot search the published complaints", e);
    }
  }

  @Override
  public List<ComplaintSummary> recentlyResolved(ComplaintFilter f, int limit) {
    try (Connection c = dataSource.getConnection()) {
      Query q = base(c, "left(c.published_text, " + EXCERPT + ")");
      // Driven by the facts' resolution time (index complaint_fact_resolved_idx, walked in order
      // until the limit is reached), not by sorting every resolved complaint.
      int from = q.sql.indexOf(" FROM complaint c ");
      q.sql.replace(
          from,
          from + " FROM complaint c ".length(),
          " FROM complaint_fact rf JOIN complaint c ON c.id = rf.complaint_id AND rf.primary_row ");
      filter(c, q, f);
      q.and("c.status = ANY (?)", statuses(c, ComplaintStatus::countsAsResolved));
      q.sql.append(" ORDER BY rf.resolved_at DESC NULLS LAST, rf.complaint_id DESC LIMIT ?");
      q.params.add(limit);
      List<ComplaintSummary> items = new ArrayList<>();
      try (PreparedStatement ps = q.prepare(c);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(summary(rs));
        }
      }
      return items;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the recently resolved complaints", e);
    }
  }

  @Override
  public List<ComplaintRecord> page(ComplaintFilter f, long offset, int limit) {
    try (Connection c = dataSource.getConnection()) {
      // The page's ids first, so that rows skipped by OFFSET cost no subqueries of the columns.
      Query ids =
          new Query(
              "SELECT c.id FROM complaint c JOIN category k ON k.id = c.category_id"
                  + " WHERE c.publication = ? AND c.status = ANY (?)");
      ids.params.add(Publication.PUBLISHED.name());
      ids.params.add(statuses(c, ComplaintStatus::isPublic));
      filter(c, ids, f);
      ids.sql.append(" ORDER BY c.received_at DESC, c.id DESC LIMIT ? OFFSET ?");
      ids.params.add(limit);
      ids.params.add(offset);
      Query q = base(c, RECORD).and("c.id IN (" + ids.sql + ")", ids.params.toArray());
      q.sql.append(" ORDER BY c.received_at DESC, c.id DESC");
      return records(c, q);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read a page of published complaints", e);
    }
  }

  @Override
  public List<ComplaintRecord> findAll(Collection<String> references) {
    try (Connection c = dataSource.getConnection()) {
      Query q =
          base(c, RECORD)
              .and(
                  "c.reference = ANY (?)",
                  c.createArrayOf("varchar", references.stream().distinct().toArray()));
      q.sql.append(" ORDER BY c.received_at DESC, c.id DESC");
      return records(c, q);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read published complaints by reference", e);
    }
  }

  private static List<ComplaintRecord> records(Connection c, Query q) throws SQLException {
    List<ComplaintRecord> items = new ArrayList<>();
    try (PreparedStatement ps = q.prepare(c);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        items.add(
            new ComplaintRecord(
                summary(rs), rs.getString(16), JdbcValues.instant(rs, 17), rs.getString(18)));
      }
    }
    return items;
  }

  private static void filter(Connection c, Query q, ComplaintFilter f) throws SQLException {
    if (f.agencyCode() != null) {
      q.and(
          "EXISTS (SELECT 1 FROM complaint_routing cr JOIN agency a ON a.id = cr.agency_id"
              + " WHERE cr.complaint_id = c.id AND cr.ended_at IS NULL AND a.code = ?)",
          f.agencyCode());
    }
    if (!f.categoryCodes().isEmpty()) {
      q.and(
          "k.code = ANY (?)",
          c.createArrayOf("varchar", f.categoryCodes().stream().sorted().toArray()));
    }
    if (f.region() != null) {
      q.and("(c.region_code = ? OR c.region_code LIKE ?)", f.region(), f.region() + ".%");
    }
    if (!f.statuses().isEmpty()) {
      q.and("c.status = ANY (?)", SqlArrays.names(c, f.statuses()));
    }
    if (f.channel() != null) {
      q.and("c.channel = ?", f.channel().name());
    }
    if (f.receivedFrom() != null) {
      q.and("c.received_at >= ?", start(f.receivedFrom()));
    }
    if (f.receivedTo() != null) {
      q.and("c.received_at < ?", start(f.receivedTo().plusDays(1)));
    }
    if (f.receivedSince() != null) {
      q.and("c.received_at >= ?", f.receivedSince());
    }
    if (f.receivedUntil() != null) {
      q.and("c.received_at <= ?", f.receivedUntil());
    }
    if (f.resolvedFrom() != null || f.resolvedTo() != null) {
      // resolved now, its latest resolution (resolvedAt) in the range; the IN finds candidates
      // through the event index, the max() confirms it was the latest
      Instant from = f.resolvedFrom() == null ? Instant.EPOCH : start(f.resolvedFrom());
      Instant to =
          f.resolvedTo() == null
              ? Instant.parse("9999-01-01T00:00:00Z")
              : start(f.resolvedTo().plusDays(1));
      q.and("c.status = ANY (?)", statuses(c, ComplaintStatus::countsAsResolved));
      q.and(
          "c.id IN (SELECT e.complaint_id FROM complaint_event e"
              + " WHERE e.event_type = ? AND e.occurred_at >= ? AND e.occurred_at < ?)",
          EventType.RESOLVED.name(),
          from,
          to);
      q.and(
          "(SELECT max(e.occurred_at) FROM complaint_event e"
              + " WHERE e.complaint_id = c.id AND e.event_type = ?) < ?",
          EventType.RESOLVED.name(),
          to);
    }

    if (f.hasResponse() != null) {
      q.and(
          (f.hasResponse() ? "" : "NOT ")
              + "EXISTS (SELECT 1 FROM complaint_event e WHERE e.complaint_id = c.id"
              + " AND e.event_type = ANY (?))",
          events(c, EventType::isAgencyResponse));
    }
    if (f.overdue() != null) {
      q.and(
          (f.overdue() ? "" : "NOT ")
              + "EXISTS (SELECT 1 FROM complaint_fact cf WHERE cf.complaint_id = c.id"
              + " AND cf.counted AND cf.response_wd IS NULL AND (SELECT wd_index FROM calendar_day"
              + "   WHERE day = (now() AT TIME ZONE 'Asia/Jakarta')::date) - cf.received_wd"
              + "   > cf.sla_working_days)");
    }
    if (f.text() != null) {
      q.planPerValue = true;
      q.and("c.search @@ websearch_to_tsquery('indonesian', ?)", f.text());
    }
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(WorkingCalendar.WIB).toInstant();
  }

  @Override
  public Optional<ComplaintDetail> find(String reference) {
    try (Connection c = dataSource.getConnection()) {
      Query q = base(c, "c.published_text").and("c.reference = ?", reference);
      ComplaintSummary summary;
      String text;
      Integer satisfaction;
      long id;
      try (PreparedStatement ps = q.prepare(c);
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        summary = summary(rs);
        text = rs.getString(15);
        satisfaction = (Integer) rs.getObject(16);
        id = rs.getLong(1);
      }
      List<ComplaintDetail.TimelineEntry> timeline = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT e.seq, e.event_type, e.occurred_at, a.code, a.name, e.public_note"
                  + " FROM complaint_event e LEFT JOIN agency a ON a.id = e.agency_id"
                  + " WHERE e.complaint_id = ? ORDER BY e.seq")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            timeline.add(
                new ComplaintDetail.TimelineEntry(
                    rs.getInt(1),
                    rs.getString(2),
                    JdbcValues.instant(rs, 3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)));
          }
        }
      }
      return Optional.of(new ComplaintDetail(summary, text, satisfaction, timeline));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read a published complaint", e);
    }
  }

  @Override
  public void streamAll(Consumer<ComplaintDetail> sink) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      // A full export streams for minutes at a million complaints; the pool's statement_timeout is
      // for requests. The socket timeout stays: rows keep arriving while the export runs.
      LongRunningWork.liftStatementTimeout(c);
      Query q = base(c, "c.published_text");
      q.sql.append(" ORDER BY c.received_at, c.id");
      try (PreparedStatement ps = q.prepare(c)) {
        ps.setFetchSize(2_000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(
                new ComplaintDetail(
                    summary(rs), rs.getString(15), (Integer) rs.getObject(16), List.of()));
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot export the published complaints", e);
    }
  }

  private static ComplaintSummary summary(ResultSet rs) throws SQLException {
    List<ComplaintSummary.AgencyRef> agencies = new ArrayList<>();
    Array codes = rs.getArray(11);
    if (codes != null) {
      String[] code = (String[]) codes.getArray();
      String[] name = (String[]) rs.getArray(12).getArray();
      for (int i = 0; i < code.length; i++) {
        agencies.add(new ComplaintSummary.AgencyRef(code[i], name[i]));
      }
    }
    return new ComplaintSummary(
        rs.getString(2),
        JdbcValues.instant(rs, 3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        agencies,
        JdbcValues.instant(rs, 13),
        JdbcValues.instant(rs, 14),
        rs.getString(15));
  }

  private static Array events(Connection c, Predicate<EventType> which) throws SQLException {
    return SqlArrays.names(c, Arrays.stream(EventType.values()).filter(which).toList());
  }

  private static Array statuses(Connection c, Predicate<ComplaintStatus> which)
      throws SQLException {
    return SqlArrays.names(c, Arrays.stream(ComplaintStatus.values()).filter(which).toList());
  }
}
