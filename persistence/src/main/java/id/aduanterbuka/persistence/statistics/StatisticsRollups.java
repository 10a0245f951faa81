package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.persistence.JdbcValues;
import id.aduanterbuka.statistics.ComplaintFact;
import id.aduanterbuka.statistics.HoursSketch;
import id.aduanterbuka.statistics.IntHistogram;
import id.aduanterbuka.statistics.Satisfaction;
import id.aduanterbuka.statistics.StatisticsCell;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code statistics_cell} table: one {@link StatisticsCell} per series, key and month, built
 * from {@code complaint_fact} rows by the same {@link StatisticsCell#add} the tests hold to {@code
 * ResponseFigures.compute}; and {@code statistics_pending}, the counts behind the live part of the
 * figures. Rebuilt whole with the facts, or moved fact by fact for changed complaints.
 */
final class StatisticsRollups {
  /** The fact columns a cell is built from, in {@link #fact} order. */
  static final String FACT_COLUMNS =
      "counted, rejected, response_wd, response_hours, resolution_wd, resolution_hours,"
          + " sla_working_days, rerouted, reopened, satisfaction";

  private static final String DAY = "(received_at AT TIME ZONE 'Asia/Jakarta')::date";

  /** Identifies a cell. */
  record Key(Series series, String key, YearMonth month) {}

  private static final String COLUMNS =
      "received, rejected, sla_met, rerouted, reopened, reopened_unresolved, response_wd,"
          + " resolution_wd, response_hours_exact, response_hours_offset, response_hours_buckets,"
          + " response_hours_sum, resolution_hours_exact, resolution_hours_offset,"
          + " resolution_hours_buckets, resolution_hours_sum, satisfaction";

  private static final String UPSERT =
      "INSERT INTO statistics_cell (series, series_key, month, "
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (series, series_key, month) DO UPDATE SET "
          + String.join(
              ", ",
              java.util.Arrays.stream(COLUMNS.split(",\\s*"))
                  .map(c -> c + " = excluded." + c)
                  .toList());

  private StatisticsRollups() {}

  static ComplaintFact fact(ResultSet rs, int first) throws SQLException {
    return new ComplaintFact(
        rs.getBoolean(first),
        rs.getBoolean(first + 1),
        (Integer) rs.getObject(first + 2),
        (Double) rs.getObject(first + 3),
        (Integer) rs.getObject(first + 4),
        (Double) rs.getObject(first + 5),
        rs.getInt(first + 6),
        rs.getBoolean(first + 7),
        rs.getBoolean(first + 8),
        rs.getObject(first + 9) == null ? null : rs.getInt(first + 9));
  }

  /** Replaces every cell from the current facts (inside the caller's transaction). */
  static int rebuild(Connection c) throws SQLException {
    Map<Key, StatisticsCell> cells = new HashMap<>();
    try (Statement s = c.createStatement()) {
      s.setFetchSize(20_000);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT "
                  + FACT_COLUMNS
                  + ", agency_id, category_id, channel, regency_code, primary_row, "
                  + DAY
                  + " FROM complaint_fact")) {
        while (rs.next()) {
          ComplaintFact fact = fact(rs, 1);
          YearMonth month = YearMonth.from(JdbcValues.localDate(rs, 16));
          boolean primary = rs.getBoolean(15);
          for (Series series : Series.values()) {
            if (!primary && !series.countsEveryAgency()) {
              continue;
            }
            String key = series.key(rs);
            if (key == null) {
              continue;
            }
            cells.computeIfAbsent(new Key(series, key, month), k -> new StatisticsCell()).add(fact);
          }
        }
      }
      // DELETE, not TRUNCATE: readers keep the old cells until the caller commits (MVCC).
      s.execute("DELETE FROM statistics_cell");
      s.execute("DELETE FROM statistics_pending");
      for (Series series : Series.values()) {
        s.execute(
            PENDING_REBUILD.formatted(series.name(), keyExpression(series), series.present()));
      }
    }
    cells.values().removeIf(StatisticsCell::isEmpty);
    write(c, cells);
    return cells.size();
  }

  private static final String PENDING_REBUILD =
      "INSERT INTO statistics_pending (series, series_key, received_day, sla_working_days,"
          + " received_wd, open, unanswered)"
          + " SELECT '%1$s', %2$s, "
          + DAY
          + ", sla_working_days, min(received_wd),"
          + " count(*) FILTER (WHERE open), count(*) FILTER (WHERE response_wd IS NULL)"
          + " FROM complaint_fact WHERE counted AND (open OR response_wd IS NULL) AND %3$s"
          + " GROUP BY 2, 3, 4";

  private static String keyExpression(Series series) {
    return series.column() == null ? "''" : series.column() + "::text";
  }

  /** A fact row as it bears on the rollups: the fact, its series keys, its day of receipt. */
  record FactRow(
      ComplaintFact fact, Map<Series, String> keys, LocalDate day, int receivedWd, boolean open) {
    boolean pending() {
      return fact.counted() && (open || fact.responseWorkingDays() == null);
    }
  }

  /** The current fact rows of some complaints. */
  static List<FactRow> factRows(Connection c, Array complaintIds) throws SQLException {
    List<FactRow> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + FACT_COLUMNS
                + ", agency_id, category_id, channel, regency_code, primary_row, "
                + DAY
                + ", received_wd, open FROM complaint_fact WHERE complaint_id = ANY (?)")) {
      ps.setArray(1, complaintIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<Series, String> keys = new EnumMap<>(Series.class);
          for (Series series : Series.values()) {
            String key = series.key(rs);
            if (key != null && (rs.getBoolean(15) || series.countsEveryAgency())) {
              keys.put(series, key);
            }
          }
          rows.add(
              new FactRow(
                  fact(rs, 1),
                  keys,
                  JdbcValues.localDate(rs, 16),
                  rs.getInt(17),
                  rs.getBoolean(18)));
        }
      }
    }
    return rows;
  }

  /**
   * Moves complaints from the cells (and pending counts) of their old fact rows to those of their
   * new ones: work in proportion to the complaints changed, not to the size of their cells.
   */
  static void applyChanges(Connection c, List<FactRow> before, List<FactRow> after)
      throws SQLException {
    Map<Key, StatisticsCell> cells = new HashMap<>();
    Map<PendingKey, long[]> pending = new HashMap<>();
    for (FactRow row : before) {
      for (Map.Entry<Series, String> k : row.keys().entrySet()) {
        cell(c, cells, new Key(k.getKey(), k.getValue(), YearMonth.from(row.day())))
            .remove(row.fact());
        count(pending, k.getKey(), k.getValue(), row, -1);
      }
    }
    for (FactRow row : after) {
      for (Map.Entry<Series, String> k : row.keys().entrySet()) {
        cell(c, cells, new Key(k.getKey(), k.getValue(), YearMonth.from(row.day())))
            .add(row.fact());
        count(pending, k.getKey(), k.getValue(), row, 1);
      }
    }
    Map<Key, StatisticsCell> kept = new HashMap<>();
    try (PreparedStatement delete =
        c.prepareStatement(
            "DELETE FROM statistics_cell WHERE series = ? AND series_key = ? AND month = ?")) {
      for (Map.Entry<Key, StatisticsCell> e : cells.entrySet()) {
        if (e.getValue().isEmpty()) {
          delete.setString(1, e.getKey().series().name());
          delete.setString(2, e.getKey().key());
          delete.setObject(3, e.getKey().month().atDay(1));
          delete.addBatch();
        } else {
          kept.put(e.getKey(), e.getValue());
        }
      }
      delete.executeBatch();
    }
    write(c, kept);
    writePending(c, pending);
  }

  private record PendingKey(Series series, String key, LocalDate day, int sla, int receivedWd) {}

  private static void count(
      Map<PendingKey, long[]> pending, Series series, String key, FactRow row, int sign) {
    if (!row.pending()) {
      return;
    }
    long[] delta =
        pending.computeIfAbsent(
            new PendingKey(series, key, row.day(), row.fact().slaWorkingDays(), row.receivedWd()),
            k -> new long[2]);
    delta[0] += row.open() ? sign : 0;
    delta[1] += row.fact().responseWorkingDays() == null ? sign : 0;
  }

  private static void writePending(Connection c, Map<PendingKey, long[]> pending)
      throws SQLException {
    try (PreparedStatement upsert =
            c.prepareStatement(
                "INSERT INTO statistics_pending (series, series_key, received_day,"
                    + " sla_working_days, received_wd, open, unanswered)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                    + " (series, series_key, received_day, sla_working_days) DO UPDATE SET"
                    + " open = statistics_pending.open + excluded.open,"
                    + " unanswered = statistics_pending.unanswered + excluded.unanswered");
        Statement cleanUp = c.createStatement()) {
      for (Map.Entry<PendingKey, long[]> e : pending.entrySet()) {
        PendingKey k = e.getKey();
        upsert.setString(1, k.series().name());
        upsert.setString(2, k.key());
        upsert.setObject(3, k.day());
        upsert.setInt(4, k.sla());
        upsert.setInt(5, k.receivedWd());
        upsert.setLong(6, e.getValue()[0]);
        upsert.setLong(7, e.getValue()[1]);
        upsert.addBatch();
      }
      upsert.executeBatch();
      cleanUp.execute("DELETE FROM statistics_pending WHERE open = 0 AND unanswered = 0");
    }
  }

  private static StatisticsCell cell(Connection c, Map<Key, StatisticsCell> cells, Key key)
      throws SQLException {
    StatisticsCell cell = cells.get(key);
    if (cell == null) {
      cell =
          read(c, key.series(), key.key(), key.month(), key.month())
              .getOrDefault(key.month(), new StatisticsCell());
      cells.put(key, cell);
    }
    return cell;
  }

  /** The cell of one series key over received times [from, to), straight from the facts. */
  static StatisticsCell fromFacts(Connection c, Series series, String key, Instant[] fromTo)
      throws SQLException {
    StatisticsCell cell = new StatisticsCell();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + FACT_COLUMNS
                + " FROM complaint_fact WHERE received_at >= ? AND received_at < ? AND "
                + series.condition())) {
      ps.setTimestamp(1, Timestamp.from(fromTo[0]));
      ps.setTimestamp(2, Timestamp.from(fromTo[1]));
      if (series != Series.ALL) {
        ps.setString(3, key);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          cell.add(fact(rs, 1));
        }
      }
    }
    return cell;
  }

  /** The stored cells of one series key for the months from..to, by month. */
  static Map<YearMonth, StatisticsCell> read(
      Connection c, Series series, String key, YearMonth from, YearMonth to) throws SQLException {
    Map<YearMonth, StatisticsCell> cells = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT month, "
                + COLUMNS
                + " FROM statistics_cell WHERE series = ? AND series_key = ?"
                + " AND month BETWEEN ? AND ?")) {
      ps.setString(1, series.name());
      ps.setString(2, key);
      ps.setObject(3, from.atDay(1));
      ps.setObject(4, to.atDay(1));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          cells.put(YearMonth.from(JdbcValues.localDate(rs, 1)), cell(rs, 2));
        }
      }
    }
    return cells;
  }

  /**
   * Per agency, what the ranking needs — counted complaints, SLA met, response working days — of
   * the whole months from..to (stored cells) and of the given partial-month edges (grouped facts).
   */
  static Map<Long, StatisticsCell> rankingCells(
      Connection c, YearMonth from, YearMonth to, List<Instant[]> edges) throws SQLException {
    Map<Long, long[]> counts = new TreeMap<>();
    Map<Long, IntHistogram> days = new HashMap<>();
    if (!from.isAfter(to)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT series_key, received, sla_met, response_wd FROM statistics_cell"
                  + " WHERE series = 'AGENCY' AND month BETWEEN ? AND ?")) {
        ps.setObject(1, from.atDay(1));
        ps.setObject(2, to.atDay(1));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long agency = Long.parseLong(rs.getString(1));
            long[] n = counts.computeIfAbsent(agency, k -> new long[2]);
            n[0] += rs.getLong(2);
            n[1] += rs.getLong(3);
            days.computeIfAbsent(agency, k -> new IntHistogram())
                .merge(IntHistogram.of(longs(rs.getArray(4))));
          }
        }
      }
    }
    for (Instant[] edge : edges) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT agency_id, response_wd, count(*),"
                  + " count(*) FILTER (WHERE response_wd <= sla_working_days) FROM complaint_fact"
                  + " WHERE agency_id IS NOT NULL AND counted AND received_at >= ?"
                  + " AND received_at < ? GROUP BY 1, 2")) {
        ps.setTimestamp(1, Timestamp.from(edge[0]));
        ps.setTimestamp(2, Timestamp.from(edge[1]));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long agency = rs.getLong(1);
            long[] n = counts.computeIfAbsent(agency, k -> new long[2]);
            n[0] += rs.getLong(3);
            n[1] += rs.getLong(4);
            int wd = rs.getInt(2);
            if (!rs.wasNull()) {
              long[] single = new long[wd + 1];
              single[wd] = rs.getLong(3);
              days.computeIfAbsent(agency, k -> new IntHistogram()).merge(IntHistogram.of(single));
            }
          }
        }
      }
    }
    Map<Long, StatisticsCell> cells = new TreeMap<>();
    counts.forEach(
        (agency, n) ->
            cells.put(
                agency,
                StatisticsCell.of(
                    new StatisticsCell.Stored(
                        n[0],
                        0,
                        n[1],
                        0,
                        0,
                        0,
                        days.getOrDefault(agency, new IntHistogram()),
                        new IntHistogram(),
                        new HoursSketch(),
                        new HoursSketch(),
                        Satisfaction.none()))));
    return cells;
  }

  private static StatisticsCell cell(ResultSet rs, int first) throws SQLException {
    return StatisticsCell.of(
        new StatisticsCell.Stored(
            rs.getLong(first),
            rs.getLong(first + 1),
            rs.getLong(first + 2),
            rs.getLong(first + 3),
            rs.getLong(first + 4),
            rs.getLong(first + 5),
            IntHistogram.of(longs(rs.getArray(first + 6))),
            IntHistogram.of(longs(rs.getArray(first + 7))),
            sketch(rs, first + 8),
            sketch(rs, first + 12),
            new Satisfaction(longs(rs.getArray(first + 16)))));
  }

  private static HoursSketch sketch(ResultSet rs, int first) throws SQLException {
    Array exact = rs.getArray(first);
    Array buckets = rs.getArray(first + 2);
    return HoursSketch.of(
        exact == null ? null : doubles(exact),
        rs.getInt(first + 1),
        buckets == null ? null : longs(buckets),
        rs.getDouble(first + 3));
  }

  private static long[] longs(Array array) throws SQLException {
    Long[] boxed = (Long[]) array.getArray();
    long[] values = new long[boxed.length];
    for (int i = 0; i < boxed.length; i++) {
      values[i] = boxed[i];
    }
    return values;
  }

  private static double[] doubles(Array array) throws SQLException {
    Double[] boxed = (Double[]) array.getArray();
    double[] values = new double[boxed.length];
    for (int i = 0; i < boxed.length; i++) {
      values[i] = boxed[i];
    }
    return values;
  }

  private static void write(Connection c, Map<Key, StatisticsCell> cells) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
      int batched = 0;
      for (Map.Entry<Key, StatisticsCell> e : cells.entrySet()) {
        StatisticsCell.Stored s = e.getValue().stored();
        int i = 1;
        ps.setString(i++, e.getKey().series().name());
        ps.setString(i++, e.getKey().key());
        ps.setObject(i++, e.getKey().month().atDay(1));
        for (long v :
            List.of(
                s.received(),
                s.rejected(),
                s.slaMet(),
                s.rerouted(),
                s.reopened(),
                s.reopenedUnresolved())) {
          ps.setLong(i++, v);
        }
        ps.setArray(i++, bigints(c, s.responseDays().counts()));
        ps.setArray(i++, bigints(c, s.resolutionDays().counts()));
        i = setSketch(c, ps, i, s.responseHours());
        i = setSketch(c, ps, i, s.resolutionHours());
        ps.setArray(i, bigints(c, s.satisfaction().counts()));
        ps.addBatch();
        if (++batched % 500 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static int setSketch(Connection c, PreparedStatement ps, int i, HoursSketch h)
      throws SQLException {
    double[] exact = h.exactValues();
    if (exact == null) {
      ps.setNull(i++, Types.ARRAY);
    } else {
      ps.setArray(i++, c.createArrayOf("float8", box(exact)));
    }
    ps.setInt(i++, h.bucketOffset());
    long[] buckets = h.bucketCounts();
    if (buckets == null) {
      ps.setNull(i++, Types.ARRAY);
    } else {
      ps.setArray(i++, bigints(c, buckets));
    }
    ps.setDouble(i++, h.sum());
    return i;
  }

  private static Array bigints(Connection c, long[] values) throws SQLException {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return c.createArrayOf("int8", boxed);
  }

  private static Double[] box(double[] values) {
    Double[] boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
