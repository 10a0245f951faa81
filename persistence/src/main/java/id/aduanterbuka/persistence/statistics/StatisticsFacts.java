package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.persistence.LongRunningWork;
import id.aduanterbuka.persistence.SqlArrays;
import id.aduanterbuka.statistics.ComplaintClock;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Rebuilds {@code complaint_fact} from the timelines: each complaint's clocks once per agency it is
 * with now (a re-routed complaint belongs to the agency it was sent on to; one never routed has no
 * agency). Which statuses count, are open or resolved and which events are responses come from the
 * domain's enums, bound as parameters, so SQL and {@code ComplaintClock} cannot disagree.
 *
 * <p>A full rebuild replaces the rows with {@code DELETE} and {@code INSERT} in one transaction,
 * not {@code TRUNCATE}: under MVCC, readers of the figures and of the list keep seeing the old rows
 * until the commit instead of queueing behind TRUNCATE's {@code ACCESS EXCLUSIVE} lock for the
 * whole rebuild (about 47 s at a million complaints). Full rebuilds and catch-ups (start-up, the
 * scheduled catch-up job, imports) run without the pool's statement and socket timeouts ({@link
 * LongRunningWork#unbounded}): one statement may run, silently, for most of those 47 s.
 */
public final class StatisticsFacts {
  private static final String REFRESH =
      """
      INSERT INTO complaint_fact (complaint_id, agency_id, category_id, channel, regency_code,
          received_at, received_wd, status, counted, rejected, open, response_wd, response_hours,
          resolution_wd, resolution_hours, sla_working_days, rerouted, reopened, satisfaction,
          primary_row, first_response_at, resolved_at, agency_codes, agency_names)
      WITH ev AS (
          SELECT complaint_id,
                 min(occurred_at) FILTER (WHERE event_type = ANY (?)) AS first_response,
                 max(occurred_at) FILTER (WHERE event_type = ?) AS last_resolution,
                 bool_or(event_type = ?) AS reopened
          FROM complaint_event WHERE %1$s GROUP BY complaint_id),
      rt AS (
          SELECT r.complaint_id, bool_or(r.ended_at IS NOT NULL) AS rerouted,
                 array_agg(a.code ORDER BY a.code) FILTER (WHERE r.ended_at IS NULL) AS codes,
                 array_agg(a.name ORDER BY a.code) FILTER (WHERE r.ended_at IS NULL) AS names
          FROM complaint_routing r JOIN agency a ON a.id = r.agency_id
          WHERE %1$s GROUP BY r.complaint_id),
      base AS (
          SELECT c.id, c.category_id, c.channel, substr(c.region_code, 1, 5) AS regency_code,
                 c.received_at, c.status, k.sla_working_days, c.satisfaction,
                 ev.first_response,
                 CASE WHEN c.status = ANY (?) THEN ev.last_resolution END AS resolution,
                 coalesce(ev.reopened, false) AS reopened,
                 coalesce(rt.rerouted, false) AS rerouted, rt.codes, rt.names,
                 rd.wd_index AS received_wd
          FROM complaint c
          JOIN category k ON k.id = c.category_id
          JOIN calendar_day rd ON rd.day = (c.received_at AT TIME ZONE 'Asia/Jakarta')::date
          LEFT JOIN ev ON ev.complaint_id = c.id
          LEFT JOIN rt ON rt.complaint_id = c.id
          WHERE %2$s)
      SELECT b.id, a.agency_id, b.category_id, b.channel, b.regency_code,
             b.received_at, b.received_wd, b.status,
             b.status = ANY (?), b.status = ?, b.status = ANY (?),
             fd.wd_index - b.received_wd,
             extract(epoch FROM b.first_response - b.received_at) / 3600.0,
             sd.wd_index - b.received_wd,
             extract(epoch FROM b.resolution - b.received_at) / 3600.0,
             b.sla_working_days, b.rerouted, b.reopened, b.satisfaction,
             row_number() OVER (PARTITION BY b.id ORDER BY a.agency_id) = 1,
             b.first_response, b.resolution, b.codes, b.names
      FROM base b
      LEFT JOIN calendar_day fd ON fd.day = (b.first_response AT TIME ZONE 'Asia/Jakarta')::date
      LEFT JOIN calendar_day sd ON sd.day = (b.resolution AT TIME ZONE 'Asia/Jakarta')::date
      LEFT JOIN LATERAL (
          SELECT r.agency_id FROM complaint_routing r
          WHERE r.complaint_id = b.id AND r.ended_at IS NULL) a ON true
      """;

  /** Serialises refreshes: concurrent ones would compute cells from each other's half-work. */
  private static final long REFRESH_LOCK = 0x4164756146616374L;

  private final DataSource dataSource;

  public StatisticsFacts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Replaces every fact row and every rollup cell in one transaction; returns the number of fact
   * rows written.
   */
  public int refresh() {
    try (Connection c = LongRunningWork.unbounded(dataSource).getConnection()) {
      c.setAutoCommit(false);
      int rows = rebuild(c);
      c.commit();
      analyze(c);
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot refresh the statistics facts", e);
    }
  }

  /**
   * Brings the facts of the given complaints up to date with their timelines, and moves them out of
   * the rollup cells they were in and into those they are in now (a change of agency, category or
   * month moves a complaint between cells). Call after complaints were added or changed.
   */
  public void refresh(Collection<Long> complaintIds) {
    if (complaintIds.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      refresh(c, c.createArrayOf("int8", complaintIds.toArray()));
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot refresh the statistics of changed complaints", e);
    }
  }

  /**
   * Adds the facts of complaints that have none yet (loaded while the application was down, by an
   * older version, or by an import) and renews those marked stale in {@code complaint_fact_stale}
   * (rows an import updated); the marks go in the same transaction. Beyond {@link
   * #FULL_REFRESH_ABOVE} complaints everything is rebuilt at once. Returns how many complaints it
   * brought up to date.
   */
  public int refreshOutdated() {
    // Catch-up work of the start-up, the scheduled job and imports, not of a request.
    try (Connection c = LongRunningWork.unbounded(dataSource).getConnection()) {
      c.setAutoCommit(false);
      lock(c);
      List<Long> outdated = new ArrayList<>();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT complaint_id FROM complaint_fact_stale UNION"
                      + " SELECT id FROM complaint c WHERE NOT EXISTS"
                      + " (SELECT 1 FROM complaint_fact f WHERE f.complaint_id = c.id)");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          outdated.add(rs.getLong(1));
        }
      }
      if (outdated.size() > FULL_REFRESH_ABOVE) {
        // Before the rebuild, which reads a later snapshot: a mark committed meanwhile stays for
        // the next refresh instead of being cleared unseen.
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM complaint_fact_stale")) {
          clear.execute();
        }
        rebuild(c);
        c.commit();
        analyze(c);
      } else if (!outdated.isEmpty()) {
        refresh(c, c.createArrayOf("int8", outdated.toArray()));
        c.commit();
      } else {
        c.commit();
      }
      return outdated.size();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot bring outdated statistics facts up to date", e);
    }
  }

  private static int rebuild(Connection c) throws SQLException {
    lock(c);
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM complaint_fact")) {
      delete.execute();
    }
    int rows = insertFacts(c, null);
    StatisticsRollups.rebuild(c);
    return rows;
  }

  /**
   * Marks complaints whose timeline {@code c}'s transaction changes as having outdated facts, so
   * that if the refresh that should follow the commit never runs (a crash in between), {@link
   * #refreshOutdated} still finds them. Every refresh of a complaint clears its mark.
   */
  public static void markStale(Connection c, Collection<Long> complaintIds) throws SQLException {
    if (complaintIds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO complaint_fact_stale SELECT unnest(?::bigint[]) ON CONFLICT DO NOTHING")) {
      ps.setArray(1, c.createArrayOf("int8", complaintIds.toArray()));
      ps.executeUpdate();
    }
  }

  private static void refresh(Connection c, Array ids) throws SQLException {
    lock(c);
    try (PreparedStatement clear =
        c.prepareStatement("DELETE FROM complaint_fact_stale WHERE complaint_id = ANY (?)")) {
      clear.setArray(1, ids);
      clear.executeUpdate();
    }
    List<StatisticsRollups.FactRow> before = StatisticsRollups.factRows(c, ids);
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM complaint_fact WHERE complaint_id = ANY (?)")) {
      delete.setArray(1, ids);
      delete.executeUpdate();
    }
    insertFacts(c, ids);
    StatisticsRollups.applyChanges(c, before, StatisticsRollups.factRows(c, ids));
  }

  /** Plans for the new rows now, not when autovacuum gets there. */
  private static void analyze(Connection c) throws SQLException {
    try (PreparedStatement analyze =
        c.prepareStatement("ANALYZE complaint_fact, statistics_cell, statistics_pending")) {
      analyze.execute();
    }
    c.commit();
  }

  /** Beyond this many changed complaints one full rebuild is cheaper than cell-by-cell work. */
  static final int FULL_REFRESH_ABOVE = 20_000;

  private static void lock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      ps.setLong(1, REFRESH_LOCK);
      ps.execute();
    }
  }

  /** Inserts the facts of all complaints ({@code ids} null) or of the given ones. */
  private static int insertFacts(Connection c, Array ids) throws SQLException {
    String byComplaint = ids == null ? "true" : "complaint_id = ANY (?)";
    String byId = ids == null ? "true" : "c.id = ANY (?)";
    try (PreparedStatement insert = c.prepareStatement(REFRESH.formatted(byComplaint, byId))) {
      int p = 1;
      insert.setArray(p++, events(c, EventType::isAgencyResponse));
      insert.setString(p++, EventType.RESOLVED.name());
      insert.setString(p++, EventType.REOPENED.name());
      if (ids != null) {
        insert.setArray(p++, ids);
        insert.setArray(p++, ids);
      }
      insert.setArray(p++, statuses(c, ComplaintStatus::countsAsResolved));
      if (ids != null) {
        insert.setArray(p++, ids);
      }
      insert.setArray(p++, statuses(c, s -> ComplaintClock.counts(s)));
      insert.setString(p++, ComplaintStatus.REJECTED.name());
      insert.setArray(p, statuses(c, ComplaintStatus::isOpen));
      return insert.executeUpdate();
    }
  }

  private static Array events(Connection c, Predicate<EventType> which) throws SQLException {
    return SqlArrays.names(c, Arrays.stream(EventType.values()).filter(which).toList());
  }

  private static Array statuses(Connection c, Predicate<ComplaintStatus> which)
      throws SQLException {
    return SqlArrays.names(c, Arrays.stream(ComplaintStatus.values()).filter(which).toList());
  }
}
