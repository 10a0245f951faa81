package id.aduanterbuka.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * SQL arrays of enum names, so that queries bind the domain's definitions (which statuses are
 * public, which kinds are regencies…) as parameters instead of repeating them as literals.
 */
public final class SqlArrays {
  private SqlArrays() {}

  public static Array names(Connection c, Collection<? extends Enum<?>> values)
      throws SQLException {
    return c.createArrayOf("varchar", values.stream().map(Enum::name).toArray());
  }
}
