package id.aduanterbuka.cli;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the application's PostgreSQL is. Handed to Payara Micro as environment variables, which
 * MicroProfile Config reads as {@code aduan.db.url}, {@code aduan.db.user}, {@code
 * aduan.db.password}.
 */
public record DatabaseSettings(String url, String user, String password) {
  public static final String URL_ENV = "ADUAN_DB_URL";
  public static final String USER_ENV = "ADUAN_DB_USER";
  public static final String PASSWORD_ENV = "ADUAN_DB_PASSWORD";

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          URL_ENV + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), was " + url);
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** The external database named by ADUAN_DB_URL, if the operator set one. */
  public static DatabaseSettings fromEnvironment(Map<String, String> env) {
    String url = env.get(URL_ENV);
    return url == null || url.isBlank()
        ? null
        : new DatabaseSettings(url.strip(), env.get(USER_ENV), env.get(PASSWORD_ENV));
  }

  public Map<String, String> asEnvironment() {
    return Map.of(URL_ENV, url, USER_ENV, user, PASSWORD_ENV, password);
  }

  public DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (!user.isEmpty()) {
      ds.setUser(user);
    }
    if (!password.isEmpty()) {
      ds.setPassword(password);
    }
    return ds;
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + url + " as " + (user.isEmpty() ? "(default user)" : user) + "]";
  }
}
