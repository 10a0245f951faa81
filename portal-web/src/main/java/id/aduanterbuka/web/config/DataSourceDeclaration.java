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
      // Validate with a real round trip (SELECT 1): meta-data validation never reaches the server,
      // so after a PostgreSQL restart the first request on each old connection failed. At most
      // once per 2 s per connection, so a busy pool does not ping on every borrow.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true",
      // Fail fast instead of holding request threads: a full pool waits 2 s (not 60), a
      // connection attempt 2 s; the API then answers 503 with Retry-After.
      "fish.payara.max-wait-time-in-millis=2000",
      "connectTimeout=2",
      // Server-side cap on every statement (SQLSTATE 57014, answered 503 + Retry-After), passed
      // at connect; long work (migrations, start-up statistics rebuild, exports, demo data) lifts
      // it for its own transaction (persistence.LongRunningWork). Payara resolves the MP Config
      // reference inside the value; defaults in META-INF/microprofile-config.properties.
      "options=-c statement_timeout=${MPCONFIG=aduan.db.statement-timeout-ms}",
      // A database that accepts TCP but never answers (frozen, network black hole): a read
      // fails after this many seconds instead of hanging; kept above the statement timeout.
      "socketTimeout=${MPCONFIG=aduan.db.socket-timeout-s}",
      "tcpKeepAlive=true"
    })
@WebListener
public class DataSourceDeclaration implements ServletContextListener {}
