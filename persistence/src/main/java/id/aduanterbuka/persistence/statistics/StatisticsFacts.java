package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.persistence.SqlArrays;
import id.aduanterbuka.statistics.ComplaintClock;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Rebuilds {@code complaint_fact} from the timelines: each complaint's clocks once per agency it is
 * with now (a re-routed complaint belongs to the agency it was sent on to; one never routed has no
 * agency). Which statuses count, are open or resolved and which events are responses come from the
 * domain's enums, bound as parameters, so SQL and {@code ComplaintClock} cannot disagree.
 */
public final class StatisticsFacts {
  private static final String REFRESH =
      """
      INSERT INTO complaint_fact (complaint_id, agency_id, category_id, channel, regency_code,
          received_at, received_wd, status, counted, rejected, open, response_wd, response_hours,
          resolution_wd, resolution_hours, sla_working_days, rerouted, reopened)
      WITH ev AS (
          SELECT complaint_id,
                 min(occurred_at) FILTER (WHERE event_type = ANY (?)) AS first_response,
                 max(occurred_at) FILTER (WHERE event_type = ?) AS last_resolution,
                 bool_or(event_type = ?) AS reopened
          FROM complaint_event GROUP BY complaint_id),
      rt AS (
          SELECT complaint_id, bool_or(ended_at IS NOT NULL) AS rerouted
          FROM complaint_routing GROUP BY complaint_id),
      base AS (
          SELECT c.id, c.category_id, c.channel, substr(c.region_code, 1, 5) AS regency_code,
                 c.received_at, c.status, k.sla_working_days,
                 ev.first_response,
                 CASE WHEN c.status = ANY (?) THEN ev.last_resolution END AS resolution,
                 coalesce(ev.reopened, false) AS reopened,
                 coalesce(rt.rerouted, false) AS rerouted,
                 rd.wd_index AS received_wd
          FROM complaint c
          JOIN category k ON k.id = c.category_id
          JOIN calendar_day rd ON rd.day = (c.received_at AT TIME ZONE 'Asia/Jakarta')::date
          LEFT JOIN ev ON ev.complaint_id = c.id
          LEFT JOIN rt ON rt.complaint_id = c.id)
      SELECT b.id, a.agency_id, b.category_id, b.channel, b.regency_code,
             b.received_at, b.received_wd, b.status,
             b.status = ANY (?), b.status = ?, b.status = ANY (?),
             fd.wd_index - b.received_wd,
             extract(epoch FROM b.first_response - b.received_at) / 3600.0,
             sd.wd_index - b.received_wd,
             extract(epoch FROM b.resolution - b.received_at) / 3600.0,
             b.sla_working_days, b.rerouted, b.reopened
      FROM base b
      LEFT JOIN calendar_day fd ON fd.day = (b.first_response AT TIME ZONE 'Asia/Jakarta')::date
      LEFT JOIN calendar_day sd ON sd.day = (b.resolution AT TIME ZONE 'Asia/Jakarta')::date
      LEFT JOIN LATERAL (
          SELECT r.agency_id FROM complaint_routing r
          WHERE r.complaint_id = b.id AND r.ended_at IS NULL) a ON true
      """;

  private final DataSource dataSource;

  public StatisticsFacts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Replaces every fact row in one transaction; returns the number of rows written. */
  public int refresh() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement truncate = c.prepareStatement("TRUNCATE complaint_fact");
          PreparedStatement insert = c.prepareStatement(REFRESH)) {
        truncate.execute();
        insert.setArray(1, events(c, EventType::isAgencyResponse));
        insert.setString(2, EventType.RESOLVED.name());
        insert.setString(3, EventType.REOPENED.name());
        insert.setArray(4, statuses(c, ComplaintStatus::countsAsResolved));
        insert.setArray(5, statuses(c, s -> ComplaintClock.counts(s)));
        insert.setString(6, ComplaintStatus.REJECTED.name());
        insert.setArray(7, statuses(c, ComplaintStatus::isOpen));
        int rows = insert.executeUpdate();
        c.commit();
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot refresh the statistics facts", e);
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
