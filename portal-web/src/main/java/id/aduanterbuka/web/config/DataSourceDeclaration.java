package id.aduanterbuka.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Declares {@code java:app/jdbc/aduan}, the pool every repository uses. Its settings come from
 * MicroProfile Config — in practice the environment variables {@code ADUAN_DB_URL}, {@code
 * ADUAN_DB_USER} and {@code ADUAN_DB_PASSWORD}, which {@code bin/aduan run} sets. A web listener
 * carries the annotation because the container processes resource definitions on components. Pool
 * settings: docs/notes/payara-cluster-findings.md (section 7).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/aduan",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=aduan.db.url}",
    user = "${MPCONFIG=aduan.db.user}",
    password = "${MPCONFIG=aduan.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    loginTimeout = 5,
    properties = {
      PoolSettings.VALIDATE,
      PoolSettings.VALIDATE_BY,
      PoolSettings.VALIDATOR,
      PoolSettings.VALIDATE_AT_MOST_EVERY,
      PoolSettings.FAIL_ALL,
      PoolSettings.MAX_WAIT,
      PoolSettings.CONNECT_TIMEOUT,
      "options=" + PoolSettings.STATEMENT_TIMEOUT,
      PoolSettings.SOCKET_TIMEOUT,
      PoolSettings.TCP_KEEPALIVE
    })
@WebListener
public class DataSourceDeclaration implements ServletContextListener {}
