package id.aduanterbuka.persistence.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The dimensions rollups are kept for, each with the {@code complaint_fact} column that keys it.
 * Only the agency series counts a complaint once per agency it is with; the others count each
 * complaint once (its primary fact row).
 */
enum Series {
  ALL(null),
  AGENCY("agency_id"),
  CATEGORY("category_id"),
  CHANNEL("channel"),
  REGENCY("regency_code");

  /** The whole instance has one key. */
  static final String ALL_KEY = "";

  private final String column;

  Series(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  boolean countsEveryAgency() {
    return this == AGENCY;
  }

  /** The key of a fact row (read with the series' column selected under its own name). */
  String key(ResultSet rs) throws SQLException {
    return column == null ? ALL_KEY : rs.getString(column);
  }

  /** The SQL condition selecting the fact rows that belong to some key of this series. */
  String present() {
    if (column == null) {
      return "primary_row";
    }
    return column + " IS NOT NULL" + (countsEveryAgency() ? "" : " AND primary_row");
  }

  /** The SQL condition selecting the facts of one key of this series (one parameter or none). */
  String condition() {
    if (column == null) {
      return "primary_row";
    }
    String keyed = column + (this == AGENCY || this == CATEGORY ? " = CAST(? AS bigint)" : " = ?");
    return countsEveryAgency() ? keyed : keyed + " AND primary_row";
  }
}
