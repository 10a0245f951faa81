package id.aduanterbuka.persistence.statistics;

import id.aduanterbuka.persistence.JdbcValues;
import id.aduanterbuka.statistics.WorkingCalendar;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the operator-editable {@code holiday} table into a {@link WorkingCalendar}. */
public final class JdbcHolidays {
  private final DataSource dataSource;

  public JdbcHolidays(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT day FROM holiday ORDER BY day")) {
      while (rs.next()) {
        days.add(JdbcValues.localDate(rs, 1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the holiday calendar", e);
    }
    return days;
  }

  public WorkingCalendar calendar() {
    return new WorkingCalendar(days());
  }
}
