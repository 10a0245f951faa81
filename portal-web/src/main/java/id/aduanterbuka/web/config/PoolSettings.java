package id.aduanterbuka.web.config;

/**
 * The pool and driver settings both data sources share (primary and read pool), as the constants
 * their {@code @DataSourceDefinition} properties are made of. Measurements behind the values:
 * docs/benchmarks.md (PostgreSQL outage, frozen database).
 */
final class PoolSettings {
  private PoolSettings() {}

  // Validate with a real round trip (SELECT 1): meta-data validation never reaches the server, so
  // after a PostgreSQL restart the first request on each old connection failed. At most once per
  // 2 s per connection, so a busy pool does not ping on every borrow.
  static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
  static final String VALIDATE_BY = "fish.payara.connection-validation-method=custom-validation";
  static final String VALIDATOR =
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation";
  static final String VALIDATE_AT_MOST_EVERY =
      "fish.payara.validate-atmost-once-period-in-seconds=2";
  static final String FAIL_ALL = "fish.payara.fail-all-connections=true";

  // Fail fast instead of holding request threads: a full pool waits 2 s (not 60), a connection
  // attempt 2 s; the API then answers 503 with Retry-After.
  static final String MAX_WAIT = "fish.payara.max-wait-time-in-millis=2000";
  static final String CONNECT_TIMEOUT = "connectTimeout=2";

  // Server-side cap on every statement (SQLSTATE 57014, answered 503 + Retry-After), passed at
  // connect inside PgJDBC's "options"; long work (migrations, start-up statistics rebuild, exports,
  // demo data) lifts it for its own transaction (persistence.LongRunningWork). Payara resolves the
  // MP Config reference inside the value; defaults in META-INF/microprofile-config.properties.
  static final String STATEMENT_TIMEOUT =
      "-c statement_timeout=${MPCONFIG=aduan.db.statement-timeout-ms}";

  // A database that accepts TCP but never answers (frozen, network black hole): a read fails after
  // this many seconds instead of hanging; kept above the statement timeout.
  static final String SOCKET_TIMEOUT = "socketTimeout=${MPCONFIG=aduan.db.socket-timeout-s}";
  static final String TCP_KEEPALIVE = "tcpKeepAlive=true";
}
