package id.aduanterbuka.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Work that may outlast the application pool's limits: its {@code statement_timeout} (set at
 * connect through PgJDBC's {@code options}) and its {@code socketTimeout}. Migrations, the start-up
 * statistics rebuild, demo data and full exports need minutes at a million complaints; a request
 * does not. The limits are lifted for the work only and given back before the connection returns to
 * the pool — a plain session {@code SET} would stay on the pooled connection and reach the next
 * borrower.
 */
public final class LongRunningWork {
  private static final Logger LOG = Logger.getLogger(LongRunningWork.class.getName());
  private static final Executor SAME_THREAD = Runnable::run;

  private LongRunningWork() {}

  /**
   * No {@code statement_timeout} until {@code c}'s current transaction ends ({@code SET LOCAL}:
   * PostgreSQL itself restores the pool's value at commit or rollback). {@code c} must not be in
   * auto-commit mode, or the setting would end with this very statement.
   */
  public static void liftStatementTimeout(Connection c) throws SQLException {
    if (c.getAutoCommit()) {
      throw new IllegalStateException("SET LOCAL needs a transaction: turn auto-commit off first");
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL statement_timeout = 0");
    }
  }

  /**
   * {@code dataSource} as seen by long work: each connection it hands out has neither a statement
   * timeout nor a network timeout while borrowed; closing it restores both ({@code RESET
   * statement_timeout} returns to the value given at connect) before it goes back to the pool.
   */
  public static DataSource unbounded(DataSource dataSource) {
    return (DataSource)
        Proxy.newProxyInstance(
            LongRunningWork.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            new UnboundedDataSource(dataSource));
  }

  private record UnboundedDataSource(DataSource pool) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result = forward(pool, method, args);
      if (method.getName().equals("getConnection")) {
        return unbounded((Connection) result);
      }
      return result;
    }
  }

  private static Connection unbounded(Connection c) throws SQLException {
    int networkTimeout = networkTimeout(c);
    try (Statement s = c.createStatement()) {
      s.execute("SET statement_timeout = 0");
      if (networkTimeout > 0) {
        c.setNetworkTimeout(SAME_THREAD, 0);
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return (Connection)
        Proxy.newProxyInstance(
            LongRunningWork.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new UnboundedConnection(c, networkTimeout));
  }

  private static int networkTimeout(Connection c) throws SQLException {
    try {
      return c.getNetworkTimeout();
    } catch (SQLFeatureNotSupportedException e) {
      return 0;
    }
  }

  private static final class UnboundedConnection implements InvocationHandler {
    private final Connection c;
    private final int networkTimeout;
    private boolean closed;

    UnboundedConnection(Connection c, int networkTimeout) {
      this.c = c;
      this.networkTimeout = networkTimeout;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close" -> {
          if (!closed) {
            closed = true;
            try {
              restore();
            } finally {
              c.close();
            }
          }
          return null;
        }
        case "isClosed" -> {
          return closed || c.isClosed();
        }
        default -> {
          return forward(c, method, args);
        }
      }
    }

    /** Gives the pool's limits back; uncommitted work is lost on close anyway. */
    private void restore() {
      try {
        if (c.isClosed()) {
          return;
        }
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
          c.rollback();
        }
        try (Statement s = c.createStatement()) {
          s.execute("RESET statement_timeout");
        }
        if (!autoCommit) {
          c.commit();
        }
        if (networkTimeout > 0) {
          c.setNetworkTimeout(SAME_THREAD, networkTimeout);
        }
      } catch (SQLException e) {
        // A broken connection: the pool's validation (SELECT 1) discards it.
        LOG.log(Level.WARNING, "cannot restore a connection's timeouts after long work", e);
      }
    }
  }

  private static Object forward(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
