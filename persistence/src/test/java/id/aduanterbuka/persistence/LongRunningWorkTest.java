package id.aduanterbuka.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.aduanterbuka.persistence.testing.PostgresTestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The limits of the application's pool (statement_timeout given at connect, as {@code
 * DataSourceDeclaration} does, and a socket timeout) are lifted for long work and are back on the
 * same physical connection afterwards, so the pool's next borrower has them.
 */
class LongRunningWorkTest {
  private static final PostgresTestDatabase DB = PostgresTestDatabase.create();

  private Connection physical;
  private DataSource pool;

  @BeforeEach
  void openOnePooledConnection() throws SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(DB.jdbcUrl());
    ds.setUser(DB.user());
    ds.setOptions("-c statement_timeout=1234");
    ds.setSocketTimeout(20);
    physical = ds.getConnection();
    pool = new OneConnectionPool(physical);
  }

  @AfterEach
  void closeIt() throws SQLException {
    physical.close();
  }

  @Test
  void theOptionsGivenAtConnectCapStatements() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      assertEquals("1234ms", show(c));
      SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT pg_sleep(3)"));
      assertEquals("57014", e.getSQLState());
    }
  }

  @Test
  void anUnboundedConnectionHasNoLimitsAndGivesThemBackOnClose() throws SQLException {
    try (Connection c = LongRunningWork.unbounded(pool).getConnection();
        Statement s = c.createStatement()) {
      assertEquals("0", show(c));
      assertEquals(0, c.getNetworkTimeout());
      s.execute("SELECT pg_sleep(1.5)");
    }
    assertEquals("1234ms", show(physical));
    assertEquals(20_000, physical.getNetworkTimeout());
  }

  @Test
  void anUnboundedConnectionLeftInAFailedTransactionIsStillRestored() throws SQLException {
    try (Connection c = LongRunningWork.unbounded(pool).getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      assertThrows(SQLException.class, () -> s.execute("SELECT 1/0"));
    }
    physical.setAutoCommit(true);
    assertEquals("1234ms", show(physical));
  }

  @Test
  void liftingForOneTransactionEndsWithIt() throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      LongRunningWork.liftStatementTimeout(c);
      assertEquals("0", show(c));
      c.commit();
      assertEquals("1234ms", show(c));
      c.setAutoCommit(true);
      assertThrows(IllegalStateException.class, () -> LongRunningWork.liftStatementTimeout(c));
    }
  }

  private static String show(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** A pool of one: every borrower gets the same physical connection; close only returns it. */
  private record OneConnectionPool(Connection physical) implements DataSource {
    @Override
    public Connection getConnection() {
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) ->
                  method.getName().equals("close") ? null : method.invoke(physical, args));
    }

    @Override
    public Connection getConnection(String user, String password) {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
