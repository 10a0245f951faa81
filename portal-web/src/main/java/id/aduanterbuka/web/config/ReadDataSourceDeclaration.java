package id.aduanterbuka.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Declares {@code java:app/jdbc/aduan-read}, the pool the public read models use (complaint lists,
 * search, details, exports, statistics): {@code aduan.db.read-url} ({@code ADUAN_DB_READ_URL}),
 * typically a PostgreSQL streaming replica; unset, it is the primary's URL. The data version behind
 * the ETags and the headline counts are read here too, so with a lagging replica an ETag lags with
 * the data it is sent with and is never newer than it. Writes, intake, keys and everything through
 * JPA stay on the primary ({@link DataSourceDeclaration}).
 *
 * <p>Its connections are read-only ({@code default_transaction_read_only}: a replica refuses writes
 * anyway, and on the primary a public read can then never write) and named {@code aduan-read} in
 * {@code pg_stat_activity}. {@code transactional = false}: two non-XA pools cannot share one JTA
 * transaction (docs/notes/payara-cluster-findings.md §5).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/aduan-read",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=aduan.db.read-url}",
    user = "${MPCONFIG=aduan.db.read-user}",
    password = "${MPCONFIG=aduan.db.read-password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    loginTimeout = 5,
    transactional = false,
    properties = {
      // The primary's limits; a full export lifts statement_timeout for its own transaction.
      "options=-c default_transaction_read_only=on " + PoolSettings.STATEMENT_TIMEOUT,
      "ApplicationName=aduan-read",
      PoolSettings.VALIDATE,
      PoolSettings.VALIDATE_BY,
      PoolSettings.VALIDATOR,
      PoolSettings.VALIDATE_AT_MOST_EVERY,
      PoolSettings.FAIL_ALL,
      PoolSettings.MAX_WAIT,
      PoolSettings.CONNECT_TIMEOUT,
      PoolSettings.SOCKET_TIMEOUT,
      PoolSettings.TCP_KEEPALIVE
    })
@WebListener
public class ReadDataSourceDeclaration implements ServletContextListener {}
